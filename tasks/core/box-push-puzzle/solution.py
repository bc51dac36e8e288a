    import heapq
    rows = len(grid)
    found = {}
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch in "PBT":
                if ch in found:
                    raise ValueError(ch)
                found[ch] = (r, c)
    if set(found) != {"P", "B", "T"}:
        raise ValueError("need one P, one B and one T")

    def floor(r, c):
        return 0 <= r < rows and 0 <= c < len(grid[r]) and grid[r][c] != "#"

    start = (0, 0, found["P"], found["B"])
    best = {(found["P"], found["B"]): (0, 0)}
    heap = [start]
    while heap:
        pushes, moves, player, box = heapq.heappop(heap)
        if best.get((player, box)) != (pushes, moves):
            continue
        if box == found["T"]:
            return (pushes, moves)
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = player[0] + dr, player[1] + dc
            if not floor(nr, nc):
                continue
            if (nr, nc) == box:
                br, bc = nr + dr, nc + dc
                if not floor(br, bc):
                    continue
                state = ((nr, nc), (br, bc))
                cost = (pushes + 1, moves + 1)
            else:
                state = ((nr, nc), box)
                cost = (pushes, moves + 1)
            if state not in best or cost < best[state]:
                best[state] = cost
                heapq.heappush(heap, (cost[0], cost[1], state[0], state[1]))
    return -1
