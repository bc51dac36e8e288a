    if k < 1 or k > len(values):
        raise ValueError("bad window size")
    window = sum(values[:k])
    best = window
    for i in range(k, len(values)):
        window += values[i] - values[i - k]
        best = max(best, window)
    return best
