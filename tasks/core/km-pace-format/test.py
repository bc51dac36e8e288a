def check(candidate):
    assert candidate(10, 3000) == "5:00"
    assert candidate(5, 1642) == "5:28"
    assert candidate(21.1, 6300) == "4:59"
    assert candidate(1, 59) == "0:59"
    assert candidate(2, 121) == "1:00"
    assert candidate(0.5, 600) == "20:00"
    for bad in (0, -3):
        try:
            candidate(bad, 100)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    import random
    rng = random.Random(47)
    for _ in range(300):
        d = rng.choice([rng.randint(1, 42), round(rng.uniform(0.5, 42), 1)])
        s = rng.randint(60, 20000)
        p = round(s / d)
        assert candidate(d, s) == f"{p // 60}:{p % 60:02d}"
