    if not 35 <= eu_size <= 48:
        raise ValueError(eu_size)
    return int((eu_size - 33) / 1.5 * 2 + 0.5) / 2
