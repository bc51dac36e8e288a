def check(candidate):
    assert candidate(400, (20, 10, 5), 1000, False) == 390
    assert candidate(400, (30, 20, 10), 6000, True) == 300
    assert candidate(400, (30, 20, 10), 1000, False) == 590
    assert candidate(500, (1, 1, 1), 0, False) == 390
    assert candidate(501, (1, 1, 1), 0, False) == 590
    assert candidate(2000, (1, 1, 1), 4999, True) == 890
    assert candidate(10000, (1, 1, 1), 5000, False) == 0
    assert candidate(10001, (1, 1, 1), 9000, False) is None
    assert candidate(10, (100, 50, 11), 0, False) is None
    import random
    rng = random.Random(149)
    for _ in range(400):
        w = rng.randint(1, 12000); d = tuple(rng.randint(1, 60) for _ in range(3)); o = rng.randint(0, 9000); r = rng.random() < 0.5
        b = max(w, d[0] * d[1] * d[2] // 5)
        if b > 10000:
            want = None
        else:
            p = 390 if b <= 500 else 590 if b <= 2000 else 990
            want = (0 if o >= 5000 else p) + (300 if r else 0)
        assert candidate(w, d, o, r) == want
