def check(candidate):
    import random
    assert candidate(2, [("book", "a", 0, 3), ("book", "b", 1, 2), ("book", "c", 2, 4), ("book", "d", 0, 1)]) == [0, 1, 1, 1]
    assert candidate(1, []) == []
    assert candidate(0, [("book", "a", 0, 1)]) == [None]
    assert candidate(1, [("book", "a", 0, 2), ("book", "b", 2, 3), ("book", "c", 1, 3)]) == [0, 0, None]
    assert candidate(1, [("book", "a", 0, 2), ("cancel", "a"), ("book", "b", 1, 3)]) == [0, 0]
    assert candidate(1, [("book", "a", 0, 2), ("book", "b", 0, 2), ("cancel", "b"), ("book", "c", 1, 2)]) == [0, None, None]
    assert candidate(2, [("cancel", "zz"), ("book", "a", 3, 4)]) == [0]
    for bad in [("book", "a", 2, 2), ("book", "a", 3, 1)]:
        try:
            candidate(2, [bad])
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    rng = random.Random(349)
    for _ in range(300):
        seats = rng.randint(0, 3)
        reqs, ids = [], []
        for k in range(rng.randint(0, 12)):
            if ids and rng.random() < 0.3:
                reqs.append(("cancel", rng.choice(ids)))
            else:
                a = rng.randint(0, 5); b = rng.randint(a + 1, 6); reqs.append(("book", k, a, b)); ids.append(k)
        occ = [[None] * 6 for _ in range(seats)]
        where, want = {}, []
        for r in reqs:
            if r[0] == "cancel":
                if r[1] in where:
                    s, a, b = where.pop(r[1])
                    for x in range(a, b): occ[s][x] = None
                continue
            _, i, a, b = r
            s = next((s for s in range(seats) if all(occ[s][x] is None for x in range(a, b))), None)
            if s is not None:
                for x in range(a, b): occ[s][x] = i
                where[i] = (s, a, b)
            want.append(s)
        assert candidate(seats, reqs) == want
