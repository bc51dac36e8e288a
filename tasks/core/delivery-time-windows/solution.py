    import heapq
    adjacent = [[] for _ in range(n)]
    for a, b, minutes, lo, hi in roads:
        adjacent[a].append((b, minutes, lo, hi))
        adjacent[b].append((a, minutes, lo, hi))
    best = [None] * n
    best[start] = depart_at
    heap = [(depart_at, start)]
    while heap:
        time, node = heapq.heappop(heap)
        if time != best[node]:
            continue
        if node == goal:
            return time
        for other, minutes, lo, hi in adjacent[node]:
            enter = max(time, lo)
            if enter > hi:
                continue
            arrive = enter + minutes
            if best[other] is None or arrive < best[other]:
                best[other] = arrive
                heapq.heappush(heap, (arrive, other))
    return -1
