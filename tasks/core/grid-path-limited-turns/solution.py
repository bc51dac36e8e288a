    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    if rows == 0 or cols == 0 or grid[0][0] is None or grid[-1][-1] is None:
        return None
    NONE = None
    # best[r][c][d][t]: best total arriving at (r, c) with last direction d (0 right, 1 down) and t turns
    best = [[[[NONE] * (max_turns + 1) for _ in range(2)] for _ in range(cols)] for _ in range(rows)]
    if rows == 1 and cols == 1:
        return grid[0][0]
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] is None:
                continue
            for d, (pr, pc) in enumerate(((r, c - 1), (r - 1, c))):
                if pr < 0 or pc < 0 or grid[pr][pc] is None:
                    continue
                for t in range(max_turns + 1):
                    candidates = []
                    if (pr, pc) == (0, 0):
                        if t == 0:
                            candidates.append(grid[0][0])
                    else:
                        if best[pr][pc][d][t] is not None:
                            candidates.append(best[pr][pc][d][t])
                        if t > 0 and best[pr][pc][1 - d][t - 1] is not None:
                            candidates.append(best[pr][pc][1 - d][t - 1])
                    if candidates:
                        value = max(candidates) + grid[r][c]
                        if best[r][c][d][t] is None or value > best[r][c][d][t]:
                            best[r][c][d][t] = value
    ends = [v for d in range(2) for v in best[-1][-1][d] if v is not None]
    return max(ends) if ends else None
