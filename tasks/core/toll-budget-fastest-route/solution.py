    import heapq
    if budget < 0:
        return -1
    adj = [[] for _ in range(n)]
    for a, b, minutes, toll in roads:
        adj[a].append((b, minutes, toll))
        adj[b].append((a, minutes, toll))
    cheapest_settled = [float("inf")] * n
    heap = [(0, 0, start)]
    while heap:
        time, spent, node = heapq.heappop(heap)
        if spent >= cheapest_settled[node]:
            continue
        cheapest_settled[node] = spent
        if node == goal:
            return time
        for nxt, minutes, toll in adj[node]:
            total = spent + toll
            if total <= budget:
                heapq.heappush(heap, (time + minutes, total, nxt))
    return -1
