def check(candidate):
    import random
    g = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    assert candidate(g, 1) == 29
    assert candidate(g, 2) == 29
    assert candidate(g, 0) is None
    assert candidate([[5]], 0) == 5
    assert candidate([[1, 2, 3]], 0) == 6
    assert candidate([[None]], 3) is None
    assert candidate([[1, None], [2, 3]], 5) == 6
    assert candidate([[1, 1, 1], [1, None, 1], [9, 1, 1]], 1) == 13
    assert candidate([[1, 100, 1], [1, 1, 100], [1, 1, 1]], 1) == 203
    assert candidate([[1, 1, 1], [100, 100, 1], [1, 1, 1]], 1) == 104
    assert candidate([[1, 1, 1], [100, 100, 1], [1, 1, 1]], 2) == 203
    assert candidate([[1, 100, 1], [1, 1, 100], [1, 1, 1]], 3) == 203
    assert candidate([[-1, -5], [-2, -1]], 1) == -4
    rng = random.Random(389)
    for _ in range(300):
        R, C = rng.randint(1, 4), rng.randint(1, 4)
        grid = [[None if rng.random() < 0.2 else rng.randint(-3, 9) for _ in range(C)] for _ in range(R)]
        k = rng.randint(0, 4)
        best = None
        def walk(r, c, d, t, acc):
            nonlocal best
            if grid[r][c] is None or t > k: return
            acc += grid[r][c]
            if (r, c) == (R - 1, C - 1):
                best = acc if best is None else max(best, acc); return
            for nd, (nr, nc) in enumerate(((r, c + 1), (r + 1, c))):
                if nr < R and nc < C:
                    walk(nr, nc, nd, t + (d is not None and nd != d), acc)
        walk(0, 0, None, 0, 0)
        assert candidate(grid, k) == best, (grid, k)
