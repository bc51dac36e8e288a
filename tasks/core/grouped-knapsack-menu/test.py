def check(candidate):
    import itertools, random
    assert candidate([[(5, 3), (8, 6)], [(4, 4), (2, 1)]], 12) == (10, [1, 0])
    assert candidate([], 5) == (0, [])
    assert candidate([[(3, 5)]], 2) == (0, [None])
    assert candidate([[(2, 5), (1, 5)]], 2) == (5, [1])
    assert candidate([[(0, 0)]], 0) == (0, [None])
    assert candidate([[(1, 2)], [(1, 2)]], 1) == (2, [None, 0])
    try:
        candidate([[(1, 1)]], -1)
    except ValueError:
        pass
    else:
        raise AssertionError("budget")
    rng = random.Random(269)
    for _ in range(250):
        groups = [[(rng.randint(0, 6), rng.randint(0, 6)) for _ in range(rng.randint(0, 3))] for _ in range(rng.randint(0, 4))]
        budget = rng.randint(0, 12)
        best = None
        for choice in itertools.product(*[[None] + list(range(len(g))) for g in groups]):
            cost = sum(groups[k][c][0] for k, c in enumerate(choice) if c is not None)
            if cost > budget: continue
            rating = sum(groups[k][c][1] for k, c in enumerate(choice) if c is not None)
            key = (-rating, cost, tuple(-1 if c is None else c for c in choice))
            if best is None or key < best[0]:
                best = (key, rating, list(choice))
        assert candidate(groups, budget) == (best[1], best[2]), (groups, budget)
