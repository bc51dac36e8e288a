def check(candidate):
    assert candidate(["x..x", "....", "x..."], 3) == (1, 0)
    assert candidate(["x..x"], 2) == (0, 1)
    assert candidate(["x.x.x"], 2) is None
    assert candidate([], 1) is None
    assert candidate(["xxx", ".x.", "..x"], 1) == (1, 0)
    for bad in (0, -1):
        try:
            candidate(["..."], bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    import random
    rng = random.Random(173)
    for _ in range(400):
        rows = ["".join(rng.choice(".x.") for _ in range(rng.randint(0, 7))) for _ in range(rng.randint(0, 4))]
        n = rng.randint(1, 4)
        want = next(((r, i) for r, row in enumerate(rows) for i in range(len(row) - n + 1) if row[i:i + n] == "." * n), None)
        assert candidate(rows, n) == want
