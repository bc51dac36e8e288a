def check(candidate):
    import datetime
    import random

    assert candidate(["2024-03-01", "2024-02-28", "2024-02-29", "2024-03-05"]) == 3
    assert candidate([]) == 0
    assert candidate(["2023-01-01"]) == 1
    assert candidate(["2023-01-01", "2023-01-01"]) == 1
    assert candidate(["2023-02-28", "2023-03-01"]) == 2
    assert candidate(["2023-12-31", "2024-01-01", "2024-01-02", "2023-12-29"]) == 3
    assert candidate(["2024-01-05", "2024-01-03"]) == 1
    rng = random.Random(11)
    start = datetime.date(2020, 1, 1)
    for _ in range(40):
        offsets = sorted({rng.randrange(0, 40) for _ in range(rng.randrange(1, 25))})
        best = run = 1
        for prev, cur in zip(offsets, offsets[1:]):
            run = run + 1 if cur == prev + 1 else 1
            best = max(best, run)
        days = [(start + datetime.timedelta(days=o)).isoformat() for o in offsets]
        rng.shuffle(days)
        assert candidate(days) == best, days
