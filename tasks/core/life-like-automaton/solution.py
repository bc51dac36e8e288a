    import re
    match = re.fullmatch(r"B([0-8]*)/S([0-8]*)", rule)
    if not match:
        raise ValueError(rule)
    born = {int(c) for c in match.group(1)}
    survive = {int(c) for c in match.group(2)}
    if neighbourhood == "moore":
        offsets = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]
    elif neighbourhood == "von_neumann":
        offsets = [(-1, 0), (1, 0), (0, -1), (0, 1)]
    else:
        raise ValueError(neighbourhood)
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    cells = [[ch == "#" for ch in row] for row in grid]
    for _ in range(generations):
        nxt = []
        for r in range(rows):
            line = []
            for c in range(cols):
                count = 0
                for dr, dc in offsets:
                    rr, cc = r + dr, c + dc
                    if wrap:
                        rr, cc = rr % rows, cc % cols
                    elif not (0 <= rr < rows and 0 <= cc < cols):
                        continue
                    count += cells[rr][cc]
                line.append(count in survive if cells[r][c] else count in born)
            nxt.append(line)
        cells = nxt
    return ["".join("#" if alive else "." for alive in row) for row in cells]
