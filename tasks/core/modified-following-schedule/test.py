def check(candidate):
    import datetime
    import random

    assert candidate("2024-01-31", 3, []) == ["2024-02-29", "2024-03-29", "2024-04-30"]
    assert candidate("2023-06-30", 2, ["2023-07-31"]) == ["2023-07-28", "2023-08-31"]
    # Saturday holiday observed on Friday; the Saturday date itself rolls forward past it
    assert candidate("2023-10-15", 1, ["2023-11-11"]) == ["2023-11-15"]
    assert candidate("2023-10-10", 1, ["2023-11-11"]) == ["2023-11-13"]
    assert candidate("2023-10-11", 1, ["2023-11-11"]) == ["2023-11-13"]
    assert candidate("2023-10-10", 1, []) == ["2023-11-10"]
    # Sunday holiday observed on Monday
    assert candidate("2023-12-03", 1, ["2024-01-07"]) == ["2024-01-03"]
    assert candidate("2023-12-07", 1, ["2024-01-07"]) == ["2024-01-09"]
    assert candidate("2023-12-08", 1, ["2024-01-07"]) == ["2024-01-09"]
    # observed day crossing into a new year: 2023-12-31 is a Sunday, observed 2024-01-01
    assert candidate("2023-12-01", 1, ["2023-12-31"]) == ["2024-01-02"]
    assert candidate("2023-12-01", 1, []) == ["2024-01-01"]
    # observed day crossing back into the previous month: 2024-06-01 is a Saturday -> Fri 05-31
    assert candidate("2024-04-30", 1, ["2024-06-01"]) == ["2024-05-30"]
    assert candidate("2024-04-30", 1, []) == ["2024-05-31"]
    # end-of-month rule vs. clamping
    assert candidate("2023-02-28", 3, []) == ["2023-03-31", "2023-04-28", "2023-05-31"]
    assert candidate("2024-02-28", 2, []) == ["2024-03-28", "2024-04-29"]
    assert candidate("2024-02-29", 2, []) == ["2024-03-29", "2024-04-30"]
    assert candidate("2024-01-30", 3, []) == ["2024-02-29", "2024-03-29", "2024-04-30"]
    assert candidate("2023-01-30", 2, []) == ["2023-02-28", "2023-03-30"]
    assert candidate("2023-01-29", 2, []) == ["2023-02-28", "2023-03-29"]
    assert candidate("2022-11-30", 3, []) == ["2022-12-30", "2023-01-31", "2023-02-28"]
    # modified following: forward would leave the month
    assert candidate("2024-02-29", 3, []) == ["2024-03-29", "2024-04-30", "2024-05-31"]
    assert candidate("2024-07-31", 1, ["2024-08-30"]) == ["2024-08-29"]
    assert candidate("2024-07-31", 1, ["2024-08-30", "2024-08-29"]) == ["2024-08-28"]
    # forward roll stays within the month (weekend at month start)
    assert candidate("2024-05-01", 1, []) == ["2024-06-03"]
    assert candidate("2024-05-01", 1, ["2024-06-03"]) == ["2024-06-04"]
    # year wrap
    assert candidate("2023-11-15", 3, []) == ["2023-12-15", "2024-01-15", "2024-02-15"]
    assert candidate("2020-12-31", 2, []) == ["2021-01-29", "2021-02-26"]
    # counts
    assert candidate("2024-01-15", 0, ["2024-02-15"]) == []
    assert len(candidate("2024-01-15", 25, [])) == 25
    assert candidate("2024-01-15", 25, [])[-1] == "2026-02-16"
    for bad in [-1, -5]:
        try:
            candidate("2024-01-15", bad, [])
        except ValueError:
            pass
        else:
            raise AssertionError(bad)

    def oracle(start, months, holidays):
        D = datetime.date
        s = D.fromisoformat(start)
        closed = set()
        for h in holidays:
            d = D.fromisoformat(h)
            closed.add(d)
            if d.strftime("%a") == "Sat":
                closed.add(D.fromordinal(d.toordinal() - 1))
            if d.strftime("%a") == "Sun":
                closed.add(D.fromordinal(d.toordinal() + 1))

        def biz(d):
            return d.strftime("%a") not in ("Sat", "Sun") and d not in closed

        def days_of(y, m):
            out = []
            d = D(y, m, 1)
            while d.month == m:
                out.append(d)
                d = D.fromordinal(d.toordinal() + 1)
            return out

        eom = days_of(s.year, s.month)[-1] == s
        res = []
        y, m = s.year, s.month
        for _ in range(months):
            m += 1
            if m == 13:
                y, m = y + 1, 1
            ds = days_of(y, m)
            idx = len(ds) - 1 if eom else min(s.day, len(ds)) - 1
            after = [d for d in ds[idx:] if biz(d)]
            if after:
                res.append(after[0].isoformat())
            else:
                res.append([d for d in ds[:idx + 1] if biz(d)][-1].isoformat())
        return res

    rng = random.Random(2024)
    for _ in range(250):
        y = rng.randint(2019, 2027)
        m = rng.randint(1, 12)
        d = rng.choice([1, 2, 3, 15, 27, 28, 29, 30, 31])
        while True:
            try:
                s = datetime.date(y, m, d)
                break
            except ValueError:
                d -= 1
        n = rng.randint(0, 14)
        hols = []
        for _ in range(rng.randint(0, 8)):
            off = rng.randint(0, 14 * 31 + 5)
            hd = s + datetime.timedelta(days=off)
            if rng.random() < 0.7:
                # push towards month edges
                try:
                    hd = hd.replace(day=rng.choice([1, 2, 3, 26, 27, 28, 29, 30, 31]))
                except ValueError:
                    pass
            hols.append(hd.isoformat())
        assert candidate(s.isoformat(), n, list(hols)) == oracle(s.isoformat(), n, hols), (s, n, hols)
