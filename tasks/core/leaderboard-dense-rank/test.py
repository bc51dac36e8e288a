def check(candidate):
    assert candidate([("ann", 50), ("bo", 70), ("ann", 80), ("cy", 70)], 3) == [(1, "ann", 80), (2, "bo", 70), (2, "cy", 70)]
    assert candidate([], 5) == []
    assert candidate([("a", 1)], 0) == []
    assert candidate([("b", 5), ("a", 5), ("c", 4)], 5) == [(1, "a", 5), (1, "b", 5), (2, "c", 4)]
    assert candidate([("a", -1), ("a", -3)], 1) == [(1, "a", -1)]
    import random
    rng = random.Random(151)
    for _ in range(300):
        sc = [(rng.choice("abcdef"), rng.randint(-3, 6)) for _ in range(rng.randint(0, 12))]
        k = rng.randint(0, 7)
        best = {}
        for p, s in sc:
            best[p] = max(best.get(p, s), s)
        order = sorted(best.items(), key=lambda t: (-t[1], t[0]))[:k]
        distinct = sorted(set(best.values()), reverse=True)
        assert candidate(sc, k) == [(distinct.index(s) + 1, p, s) for p, s in order]
