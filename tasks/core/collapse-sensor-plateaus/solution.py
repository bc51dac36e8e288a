    if tolerance < 0:
        raise ValueError("tolerance must be non-negative")
    plateaus = []
    start = 0
    for i in range(1, len(readings) + 1):
        if i == len(readings) or abs(readings[i] - readings[start]) > tolerance:
            plateaus.append((start, i - start, readings[start]))
            start = i
    return plateaus
