    from collections import deque

    rows, cols = len(grid), len(grid[0])
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "S":
                start = (r, c)
    seen = {(start[0], start[1], 0)}
    queue = deque([(start[0], start[1], 0, 0)])
    while queue:
        r, c, keys, steps = queue.popleft()
        if grid[r][c] == "E":
            return steps
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if not (0 <= nr < rows and 0 <= nc < cols):
                continue
            cell = grid[nr][nc]
            if cell == "#":
                continue
            if "A" <= cell <= "D" and not keys & (1 << (ord(cell) - ord("A"))):
                continue
            nkeys = keys
            if "a" <= cell <= "d":
                nkeys |= 1 << (ord(cell) - ord("a"))
            state = (nr, nc, nkeys)
            if state not in seen:
                seen.add(state)
                queue.append((nr, nc, nkeys, steps + 1))
    return -1
