    if len(times_ms) < 2:
        return None
    mean = (times_ms[-1] - times_ms[0]) / (len(times_ms) - 1)
    return round(60000 / mean)
