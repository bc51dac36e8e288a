def check(candidate):
    import datetime, random
    d = datetime.date
    assert candidate(d(2024, 1, 3), [0, 2], count=4) == [d(2024, 1, 3), d(2024, 1, 8), d(2024, 1, 10), d(2024, 1, 15)]
    assert candidate(d(2024, 1, 1), [0], interval=2, until=d(2024, 1, 29)) == [d(2024, 1, 1), d(2024, 1, 15), d(2024, 1, 29)]
    assert candidate(d(2024, 1, 1), [0], count=3, until=d(2024, 1, 10)) == [d(2024, 1, 1), d(2024, 1, 8)]
    assert candidate(d(2024, 1, 1), [0], count=3, exclude=[d(2024, 1, 8)]) == [d(2024, 1, 1), d(2024, 1, 15)]
    assert candidate(d(2024, 1, 1), [0], count=1, include=[d(2023, 12, 25), d(2024, 1, 1)]) == [d(2023, 12, 25), d(2024, 1, 1)]
    assert candidate(d(2024, 1, 1), [0], count=1, include=[d(2024, 2, 1)], exclude=[d(2024, 2, 1)]) == [d(2024, 1, 1)]
    assert candidate(d(2024, 1, 7), [6, 6, 5], count=2) == [d(2024, 1, 7), d(2024, 1, 13)]
    assert candidate(d(2024, 1, 10), [0], until=d(2024, 1, 14)) == []
    for kwargs in [dict(weekdays=[], count=1), dict(weekdays=[7], count=1), dict(weekdays=[1], interval=0, count=1), dict(weekdays=[1])]:
        try:
            candidate(d(2024, 1, 1), **kwargs)
        except ValueError:
            pass
        else:
            raise AssertionError(kwargs)
    rng = random.Random(317)
    for _ in range(300):
        s = d(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 60))
        wd = rng.sample(range(7), rng.randint(1, 3)); iv = rng.randint(1, 3)
        cnt = rng.choice([None, rng.randint(1, 8)])
        un = rng.choice([None, s + datetime.timedelta(days=rng.randint(-2, 60))]) if cnt else s + datetime.timedelta(days=rng.randint(-2, 60))
        ex = [s + datetime.timedelta(days=rng.randint(0, 30)) for _ in range(rng.randint(0, 3))]
        inc = [s + datetime.timedelta(days=rng.randint(-5, 30)) for _ in range(rng.randint(0, 2))]
        occ, day = [], s
        monday0 = s - datetime.timedelta(days=s.weekday())
        while (un is None or day <= un) and (cnt is None or len(occ) < cnt):
            if day.weekday() in wd and ((day - monday0).days // 7) % iv == 0:
                occ.append(day)
            day += datetime.timedelta(days=1)
        want = sorted(({x for x in occ if x not in ex} | {x for x in inc if x not in ex}))
        assert candidate(s, wd, iv, cnt, un, ex, inc) == want
