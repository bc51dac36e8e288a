    if at_bats == 0:
        return ".000"
    thousandths = (2000 * hits + at_bats) // (2 * at_bats)
    if thousandths >= 1000:
        return "1.000"
    return f".{thousandths:03d}"
