def check(candidate):
    import itertools, random
    assert candidate([(1, 4, 5), (3, 5, 1), (4, 7, 4), (1, 7, 8)]) == (9, [0, 2])
    assert candidate([]) == (0, [])
    assert candidate([(0, 2, 3), (0, 2, 3)]) == (3, [0])
    assert candidate([(0, 4, 6), (0, 2, 3), (2, 4, 3)]) == (6, [0])
    assert candidate([(0, 1, 0)]) == (0, [])
    assert candidate([(2, 3, 1), (1, 2, 1), (0, 1, 1)]) == (3, [0, 1, 2])
    rng = random.Random(337)
    for _ in range(300):
        ms = []
        for _ in range(rng.randint(0, 7)):
            s = rng.randint(0, 8); ms.append((s, s + rng.randint(1, 4), rng.randint(0, 6)))
        best = None
        for k in range(len(ms) + 1):
            for combo in itertools.combinations(range(len(ms)), k):
                if any(not (ms[a][1] <= ms[b][0] or ms[b][1] <= ms[a][0]) for a, b in itertools.combinations(combo, 2)):
                    continue
                key = (-sum(ms[i][2] for i in combo), len(combo), list(combo))
                if best is None or key < best:
                    best = key
        assert candidate(ms) == (-best[0], best[2]), ms
