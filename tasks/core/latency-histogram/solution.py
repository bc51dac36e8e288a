    if width <= 0:
        raise ValueError("width must be positive")
    counts = {}
    for x in latencies:
        if x < 0:
            raise ValueError("negative latency")
        start = x // width * width
        counts[start] = counts.get(start, 0) + 1
    if not counts:
        return []
    lo, hi = min(counts), max(counts)
    return [(s, counts.get(s, 0)) for s in range(lo, hi + 1, width)]
