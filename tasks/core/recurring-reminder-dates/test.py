def check(candidate):
    import datetime, calendar, random
    assert candidate("2024-01-31", "monthly", "2024-04-15") == ["2024-01-31", "2024-02-29", "2024-03-31"]
    assert candidate("2024-03-01", "daily", "2024-02-28") == []
    assert candidate("2024-02-27", "daily", "2024-03-01") == ["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01"]
    assert candidate("2023-12-25", "weekly", "2024-01-08") == ["2023-12-25", "2024-01-01", "2024-01-08"]
    assert candidate("2023-11-30", "monthly", "2024-03-30") == ["2023-11-30", "2023-12-30", "2024-01-30", "2024-02-29", "2024-03-30"]
    try:
        candidate("2024-01-01", "yearly", "2025-01-01")
    except ValueError:
        pass
    else:
        raise AssertionError("freq")
    rng = random.Random(163)
    for _ in range(150):
        s = datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randint(0, 700))
        e = s + datetime.timedelta(days=rng.randint(-3, 200))
        f = rng.choice(["daily", "weekly", "monthly"])
        want, k = [], 0
        while True:
            if f == "daily": d = s + datetime.timedelta(days=k)
            elif f == "weekly": d = s + datetime.timedelta(days=7 * k)
            else:
                y, m = divmod(s.month - 1 + k, 12); y += s.year; m += 1
                d = datetime.date(y, m, min(s.day, calendar.monthrange(y, m)[1]))
            if d > e: break
            want.append(d.isoformat()); k += 1
        assert candidate(s.isoformat(), f, e.isoformat()) == want
