def check(candidate):
    import itertools
    import random

    assert candidate([(3, 5), (2, 3), (2, 4), (5, 9)], 7, 2) == 13
    assert candidate([(3, 5), (2, 3), (2, 4), (5, 9)], 7, 3) == 13
    assert candidate([(3, 5), (2, 3), (2, 4), (5, 9)], 8, 3) == 14
    assert candidate([(3, 5), (2, 3), (2, 4), (5, 9)], 7, 1) == 9
    assert candidate([(3, 5), (2, 3), (2, 4)], 7, 3) == 12
    assert candidate([], 10, 3) == 0
    assert candidate([(1, 10)], 0, 3) == 0
    assert candidate([(0, 7), (0, 2)], 0, 1) == 7
    assert candidate([(0, 7), (0, 2)], 0, 2) == 9
    assert candidate([(4, 4)], 4, 0) == 0
    assert candidate([(4, 4)], 4, 1) == 4
    assert candidate([(5, 10), (4, 7), (4, 7)], 8, 2) == 14
    for bad in ((-1, 1), (1, -1)):
        try:
            candidate([(1, 1)], *bad)
        except ValueError:
            pass
        else:
            assert False, bad
    rng = random.Random(29)
    for _ in range(150):
        items = [(rng.randint(0, 8), rng.randint(0, 15)) for _ in range(rng.randint(0, 7))]
        capacity, max_items = rng.randint(0, 20), rng.randint(0, 4)
        expected = 0
        for r in range(0, min(max_items, len(items)) + 1):
            for combo in itertools.combinations(items, r):
                if sum(w for w, _ in combo) <= capacity:
                    expected = max(expected, sum(v for _, v in combo))
        assert candidate(items, capacity, max_items) == expected, (items, capacity, max_items)
