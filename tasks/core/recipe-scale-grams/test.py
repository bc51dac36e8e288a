def check(candidate):
    assert candidate({"flour": 250, "sugar": 75}, 4, 6) == {"flour": 375, "sugar": 112}
    assert candidate({}, 2, 3) == {}
    assert candidate({"salt": 5}, 2, 1) == {"salt": 2}
    assert candidate({"egg": 50}, 1, 1) == {"egg": 50}
    for args in [(1, 0), (0, 1), (-2, 4)]:
        try:
            candidate({"x": 1}, *args)
        except ValueError:
            pass
        else:
            raise AssertionError(args)
    import random
    rng = random.Random(79)
    for _ in range(300):
        g = {k: rng.randint(0, 900) for k in rng.sample("abcdef", rng.randint(0, 6))}
        keep = dict(g)
        f, t = rng.randint(1, 12), rng.randint(1, 12)
        assert candidate(g, f, t) == {k: round(v * t / f) for k, v in keep.items()}
        assert g == keep
