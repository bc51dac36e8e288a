def check(candidate):
    assert candidate(52, 13) == 108.0
    assert candidate(34, 28, 26) == 31.6
    assert candidate(1, 1, 1) == 1.0
    for args in [(0, 12), (40, 0), (-1, 3)]:
        try:
            candidate(*args)
        except ValueError:
            pass
        else:
            raise AssertionError(args)
    import random
    rng = random.Random(67)
    for _ in range(300):
        c, g, w = rng.randint(1, 60), rng.randint(1, 36), rng.choice([26, 27, 28.5, 29])
        assert candidate(c, g, w) == round(w * c / g, 1)
        assert candidate(c, g) == round(27.0 * c / g, 1)
