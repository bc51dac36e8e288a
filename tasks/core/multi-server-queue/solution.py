    import heapq

    if servers < 1 or len(arrivals) != len(service):
        raise ValueError("bad input")
    free_at = [0] * servers
    result = []
    for arrival, need in zip(arrivals, service):
        # Arrivals are in order and servers free up in order, so starts never go backwards.
        start = max(arrival, heapq.heappop(free_at))
        heapq.heappush(free_at, start + need)
        result.append(start + need)
    return result
