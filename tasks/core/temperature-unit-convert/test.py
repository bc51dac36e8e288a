def check(candidate):
    assert candidate(100, "C", "F") == 212.0
    assert candidate(32, "F", "K") == 273.15
    assert candidate(0, "K", "C") == -273.15
    assert candidate(-40, "C", "F") == -40.0
    assert candidate(37.5, "C", "C") == 37.5
    assert candidate(300, "K", "F") == 80.33
    assert candidate(-459.67, "F", "K") == 0.0
    for args in [(-1, "K", "C"), (-274, "C", "K"), (-460, "F", "C"), (1, "c", "F"), (1, "C", "R")]:
        try:
            candidate(*args)
        except ValueError:
            pass
        else:
            raise AssertionError(args)
    import random
    rng = random.Random(2)
    for _ in range(300):
        c = rng.uniform(-273, 500)
        assert abs(candidate(c, "C", "K") - round(c + 273.15, 2)) < 1e-9
        assert abs(candidate(c, "C", "F") - round(c * 9 / 5 + 32, 2)) < 1e-9
        f = c * 9 / 5 + 32
        assert abs(candidate(f, "F", "C") - round(c, 2)) <= 0.011
