    if width <= 0:
        raise ValueError("width must be positive")
    times = sorted(swipes)
    best = None
    end = 0
    for i, start in enumerate(times):
        while end < len(times) and times[end] < start + width:
            end += 1
        count = end - i
        if best is None or count > best[1]:
            best = (start, count)
    return best
