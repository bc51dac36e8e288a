def check(candidate):
    assert candidate(0) == 500
    assert candidate(12000) == 3100
    assert candidate(10000) == 2500
    assert candidate(30000) == 8500
    assert candidate(30001) == 8501
    assert candidate(1) == 500
    assert candidate(3) == 501
    assert candidate(40000) == 13500
    try:
        candidate(-1)
    except ValueError:
        pass
    else:
        raise AssertionError("negative")
    import random
    from decimal import Decimal, ROUND_HALF_UP
    rng = random.Random(6)
    for _ in range(400):
        x = rng.randint(0, 60000)
        cost = Decimal("0.2") * min(x, 10000) + Decimal("0.3") * max(0, min(x, 30000) - 10000) + Decimal("0.5") * max(0, x - 30000)
        assert candidate(x) == 500 + int(cost.quantize(Decimal(1), rounding=ROUND_HALF_UP))
