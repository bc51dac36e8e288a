def check(candidate):
    assert candidate([("09:00", "17:30"), ("22:00", "02:00")]) == 720
    assert candidate([]) == 0
    assert candidate([("08:00", "14:00")]) == 360
    assert candidate([("08:00", "14:01")]) == 331
    assert candidate([("08:00", "17:00")]) == 510
    assert candidate([("08:00", "17:01")]) == 496
    assert candidate([("10:00", "10:00")]) == 1395
    for bad in ["8:00", "24:00", "12:60", "1200", "ab:cd"]:
        try:
            candidate([(bad, "10:00")])
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    import random
    rng = random.Random(193)
    for _ in range(400):
        sh = [(rng.randint(0, 1439), rng.randint(0, 1439)) for _ in range(rng.randint(0, 5))]
        tot = 0
        for a, b in sh:
            L = (b - a) % 1440 or 1440
            tot += L - (45 if L > 540 else 30 if L > 360 else 0)
        assert candidate([(f"{a // 60:02d}:{a % 60:02d}", f"{b // 60:02d}:{b % 60:02d}") for a, b in sh]) == tot
