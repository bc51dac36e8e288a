def check(candidate):
    assert candidate([(0, "a"), (1, "a"), (2, "a"), (10, "a")], 2, 10) == [True, True, False, True]
    assert candidate([], 1, 5) == []
    assert candidate([(0, "a"), (0, "b"), (0, "a")], 1, 5) == [True, True, False]
    assert candidate([(0, "a"), (5, "a")], 1, 5) == [True, True]
    assert candidate([(0, "a"), (4, "a"), (5, "a")], 1, 5) == [True, False, True]
    try:
        candidate([(3, "a"), (2, "a")], 1, 1)
    except ValueError:
        pass
    else:
        raise AssertionError("order")
    import random
    rng = random.Random(131)
    for _ in range(300):
        t, reqs = 0, []
        for _ in range(rng.randint(0, 15)):
            t += rng.randint(0, 3)
            reqs.append((t, rng.choice("ab")))
        lim, win = rng.randint(1, 3), rng.randint(1, 6)
        acc, want = [], []
        for time, c in reqs:
            n = sum(1 for tt, cc in acc if cc == c and time - win < tt <= time)
            want.append(n < lim)
            if n < lim:
                acc.append((time, c))
        assert candidate(reqs, lim, win) == want
