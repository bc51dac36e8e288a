def check(candidate):
    assert candidate([("A", 3), ("C", 1)]) == 3.5
    assert candidate([("P", 2)]) is None
    assert candidate([]) is None
    assert candidate([("F", 4)]) == 0.0
    assert candidate([("B", 2), ("NP", 5), ("D", 1)]) == 2.33
    assert candidate([("A", 1), ("B", 1), ("B", 1)]) == 3.33
    for bad in ["E", "a", "A+"]:
        try:
            candidate([(bad, 1)])
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    import random
    rng = random.Random(11)
    pts = {"A": 4, "B": 3, "C": 2, "D": 1, "F": 0}
    for _ in range(300):
        cs = [(rng.choice("ABCDF") if rng.random() < 0.8 else rng.choice(["P", "NP"]), rng.randint(1, 5)) for _ in range(rng.randint(0, 6))]
        graded = [(g, c) for g, c in cs if g in pts]
        want = round(sum(pts[g] * c for g, c in graded) / sum(c for _, c in graded), 2) if graded else None
        assert candidate(cs) == want
