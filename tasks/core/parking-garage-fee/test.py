def check(candidate):
    import datetime
    import random

    # 2024-03-04 is a Monday, 2024-03-09 a Saturday
    assert candidate("2024-03-04 10:00", "2024-03-04 11:10") == 750
    assert candidate("2024-03-04 08:30", "2024-03-04 17:00") == 1200
    assert candidate("2024-03-09 23:50", "2024-03-10 00:05") == 0
    # grace period boundary
    assert candidate("2024-03-04 10:00", "2024-03-04 10:00") == 0
    assert candidate("2024-03-04 10:00", "2024-03-04 10:15") == 0
    assert candidate("2024-03-04 10:00", "2024-03-04 10:16") == 250
    # block boundaries
    assert candidate("2024-03-04 10:00", "2024-03-04 10:30") == 250
    assert candidate("2024-03-04 10:00", "2024-03-04 10:31") == 500
    assert candidate("2024-03-04 10:00", "2024-03-04 11:00") == 500
    # day/night boundaries on block start
    assert candidate("2024-03-04 06:40", "2024-03-04 07:10") == 80
    assert candidate("2024-03-04 06:40", "2024-03-04 07:20") == 330
    assert candidate("2024-03-04 06:30", "2024-03-04 07:20") == 330
    assert candidate("2024-03-04 18:45", "2024-03-04 19:30") == 330
    assert candidate("2024-03-04 18:30", "2024-03-04 19:30") == 330
    assert candidate("2024-03-04 18:29", "2024-03-04 19:30") == 580
    assert candidate("2024-03-04 19:00", "2024-03-04 20:00") == 160
    assert candidate("2024-03-04 22:00", "2024-03-05 01:00") == 480
    # weekend flat, Friday->Saturday transition, Sunday->Monday
    assert candidate("2024-03-09 12:00", "2024-03-09 14:00") == 400
    assert candidate("2024-03-08 23:30", "2024-03-09 00:30") == 180
    assert candidate("2024-03-10 23:30", "2024-03-11 00:30") == 180
    assert candidate("2024-03-10 23:45", "2024-03-11 07:20") == 100 + 80 * 14 + 250
    # daily cap within one period
    assert candidate("2024-03-04 10:00", "2024-03-04 15:00") == 2400
    assert candidate("2024-03-04 10:00", "2024-03-04 14:30") == 2250
    assert candidate("2024-03-04 10:00", "2024-03-05 10:00") == 2400
    assert candidate("2024-03-04 10:00", "2024-03-05 10:01") == 2650
    assert candidate("2024-03-04 10:00", "2024-03-05 10:30") == 2650
    assert candidate("2024-03-04 10:00", "2024-03-06 10:00") == 4800
    assert candidate("2024-03-09 00:00", "2024-03-11 00:00") == 4800
    assert candidate("2024-03-09 00:00", "2024-03-09 20:00") == 2400
    assert candidate("2024-03-09 00:00", "2024-03-09 19:30") == 2400
    # periods follow the entry, not midnight
    assert candidate("2024-03-04 20:00", "2024-03-05 20:00") == 2400
    assert candidate("2024-03-04 20:00", "2024-03-05 21:00") == 2400 + 160
    # early bird window and conditions
    assert candidate("2024-03-04 06:00", "2024-03-04 19:00") == 1200
    assert candidate("2024-03-04 06:00", "2024-03-04 19:01") == 2400
    assert candidate("2024-03-04 05:59", "2024-03-04 18:00") == 2400
    assert candidate("2024-03-04 08:59", "2024-03-04 18:00") == 1200
    assert candidate("2024-03-04 09:00", "2024-03-04 18:00") == 2400
    assert candidate("2024-03-04 06:00", "2024-03-04 07:00") == 160
    assert candidate("2024-03-04 06:00", "2024-03-04 09:00") == 1160
    assert candidate("2024-03-04 06:00", "2024-03-04 10:00") == 1200
    assert candidate("2024-03-04 08:00", "2024-03-05 08:30") == 2650
    assert candidate("2024-03-09 07:00", "2024-03-09 19:00") == 2400
    assert candidate("2024-03-08 08:00", "2024-03-08 18:00") == 1200
    # errors
    for a, b in [("2024-03-04 10:00", "2024-03-04 09:59"), ("2024-03-05 00:00", "2024-03-04 23:59"),
                 ("2024-03-04 25:00", "2024-03-04 26:00"), ("2024-03-04", "2024-03-05")]:
        try:
            candidate(a, b)
        except ValueError:
            pass
        else:
            raise AssertionError((a, b))

    def oracle(a, b):
        t0 = datetime.datetime.strptime(a, "%Y-%m-%d %H:%M")
        t1 = datetime.datetime.strptime(b, "%Y-%m-%d %H:%M")
        total_minutes = int((t1 - t0).total_seconds()) // 60
        if total_minutes <= 15:
            return 0
        sums = []
        t = t0
        for m in range(total_minutes):
            if m % 1440 == 0:
                sums.append(0)
            if m % 30 == 0:
                if t.isoweekday() in (6, 7):
                    p = 100
                elif datetime.time(7, 0) <= t.time() <= datetime.time(18, 59):
                    p = 250
                else:
                    p = 80
                sums[-1] += p
            t += datetime.timedelta(minutes=1)
        fee = sum(s if s < 2400 else 2400 for s in sums)
        if (t0.isoweekday() <= 5 and datetime.time(6, 0) <= t0.time() < datetime.time(9, 0)
                and t1.date() == t0.date() and t1.time() <= datetime.time(19, 0) and fee > 1200):
            fee = 1200
        return fee

    rng = random.Random(3)
    base = datetime.datetime(2024, 3, 1)
    for _ in range(150):
        t0 = base + datetime.timedelta(minutes=rng.randrange(0, 14 * 1440))
        if rng.random() < 0.4:
            t0 = t0.replace(hour=rng.choice([5, 6, 7, 8, 9, 18, 19]), minute=rng.choice([0, 15, 29, 30, 59]))
        span = rng.choice([rng.randint(0, 40), rng.randint(0, 720), rng.randint(0, 3 * 1440)])
        t1 = t0 + datetime.timedelta(minutes=span)
        a, b = t0.strftime("%Y-%m-%d %H:%M"), t1.strftime("%Y-%m-%d %H:%M")
        assert candidate(a, b) == oracle(a, b), (a, b)
