def check(candidate):
    import datetime
    import random

    assert candidate("2024-05-03", 1, []) == "2024-05-06"
    assert candidate("2024-12-24", 1, ["2024-12-25", "2024-12-26"]) == "2024-12-27"
    assert candidate("2024-05-06", -1, []) == "2024-05-03"
    assert candidate("2024-05-04", 0, []) == "2024-05-06"
    assert candidate("2024-05-06", 0, ["2024-05-06"]) == "2024-05-07"
    assert candidate("2024-05-07", 0, []) == "2024-05-07"
    assert candidate("2024-05-04", 1, []) == "2024-05-06"
    assert candidate("2024-05-04", -1, []) == "2024-05-03"
    assert candidate("2024-02-28", 2, []) == "2024-03-01"
    assert candidate("2023-02-28", 1, []) == "2023-03-01"
    assert candidate("2024-01-01", 5, ["2024-01-03"]) == "2024-01-09"
    assert candidate("2024-01-10", -5, ["2024-01-03"]) == "2024-01-02"
    assert candidate("2024-12-31", 1, ["2025-01-01"]) == "2025-01-02"
    assert candidate("2024-05-10", 10, []) == "2024-05-24"
    rng = random.Random(99)
    base = datetime.date(2024, 1, 1)
    for _ in range(200):
        start = base + datetime.timedelta(days=rng.randrange(0, 400))
        holidays = sorted({(base + datetime.timedelta(days=rng.randrange(0, 420))).isoformat() for _ in range(rng.randrange(0, 30))})
        off = set(holidays)
        n = rng.randint(-15, 15)

        def business(d):
            return d.weekday() < 5 and d.isoformat() not in off

        if n == 0:
            d = start
            while not business(d):
                d += datetime.timedelta(days=1)
        else:
            # Oracle: walk the calendar and count business days strictly between start and d, inclusive of d.
            d = start
            direction = 1 if n > 0 else -1
            while True:
                d += datetime.timedelta(days=direction)
                lo, hi = (start, d) if direction > 0 else (d, start)
                span = [lo + datetime.timedelta(days=i) for i in range((hi - lo).days + 1)]
                counted = sum(business(x) for x in span if x != start)
                if counted == abs(n) and business(d):
                    break
        assert candidate(start.isoformat(), n, holidays) == d.isoformat(), (start, n, holidays)
