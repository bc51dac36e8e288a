def check(candidate):
    assert candidate(10000, 15, 4) == 2875
    assert candidate(1000, 10, 3) == 367
    assert candidate(0, 20, 5) == 0
    assert candidate(999, 0, 1) == 999
    assert candidate(100, 0, 3) == 34
    assert candidate(300, 0, 3) == 100
    for bad in (0, -2):
        try:
            candidate(100, 10, bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    import random
    from fractions import Fraction
    import math
    rng = random.Random(31)
    for _ in range(400):
        b, t, p = rng.randint(0, 50000), rng.randint(0, 30), rng.randint(1, 9)
        assert candidate(b, t, p) == math.ceil(Fraction(b * (100 + t), 100 * p))
