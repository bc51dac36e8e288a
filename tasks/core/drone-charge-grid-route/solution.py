    import heapq
    cells = [(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row)]
    starts = [p for p in cells if grid[p[0]][p[1]] == "S"]
    ends = [p for p in cells if grid[p[0]][p[1]] == "E"]
    if len(starts) != 1 or len(ends) != 1:
        raise ValueError("need exactly one S and one E")
    rows, cols = len(grid), len(grid[0])
    start, end = starts[0], ends[0]
    best = {(start, capacity): 0}
    heap = [(0, start, capacity)]
    while heap:
        time, pos, charge = heapq.heappop(heap)
        if time > best[(pos, charge)]:
            continue
        if pos == end:
            return time
        r, c = pos
        moves = []
        if grid[r][c] == "F" and charge < capacity:
            moves.append((time + recharge_minutes, pos, capacity))
        if charge > 0:
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#":
                    moves.append((time + 1, (nr, nc), charge - 1))
        for state in moves:
            key = (state[1], state[2])
            if key not in best or state[0] < best[key]:
                best[key] = state[0]
                heapq.heappush(heap, state)
    return -1
