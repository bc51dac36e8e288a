    grid = [["."] * cols for _ in range(rows)]
    for r, c in blocked:
        if not (0 <= r < rows and 0 <= c < cols):
            raise ValueError("blocked seat outside the hall")
        grid[r][c] = "#"
    order = []
    for r in range(rows):
        cs = range(cols) if r % 2 == 0 else range(cols - 1, -1, -1)
        order.extend((r, c) for c in cs if grid[r][c] != "#")
    if len(names) > len(order):
        raise ValueError("not enough seats")
    for name, (r, c) in zip(names, order):
        grid[r][c] = name
    return grid
