def check(candidate):
    assert candidate([(1999, 3, 10, 20), (500, 1, 0, 5)]) == (5897, 1104, 7001)
    assert candidate([]) == (0, 0, 0)
    assert candidate([(1, 1, 50, 50)]) == (1, 1, 2)
    assert candidate([(3, 1, 50, 0)]) == (2, 0, 2)
    assert candidate([(100, 0, 0, 20)]) == (0, 0, 0)
    try:
        candidate([(100, -1, 0, 20)])
    except ValueError:
        pass
    else:
        raise AssertionError("qty")
    import random
    from decimal import Decimal, ROUND_HALF_UP
    rng = random.Random(181)
    q = lambda d: int(d.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    for _ in range(400):
        ls = [(rng.randint(0, 5000), rng.randint(0, 9), rng.choice([0, 5, 10, 15, 33, 50]), rng.choice([0, 5, 7, 19, 20, 21])) for _ in range(rng.randint(0, 5))]
        n = v = 0
        for u, k, d, t in ls:
            ln = q(Decimal(u * k) * (100 - d) / 100); n += ln; v += q(Decimal(ln) * t / 100)
        assert candidate(ls) == (n, v, n + v)
