def check(candidate):
    import datetime, random
    D = datetime.datetime
    assert candidate("*/15 9-17 * * 1-5", D(2024, 3, 8, 17, 50)) == D(2024, 3, 11, 9, 0)
    assert candidate("0 0 29 2 *", D(2023, 1, 1)) == D(2024, 2, 29, 0, 0)
    assert candidate("* * * * *", D(2024, 1, 1, 10, 0, 30)) == D(2024, 1, 1, 10, 1)
    assert candidate("30 8 * * *", D(2024, 1, 1, 8, 30)) == D(2024, 1, 2, 8, 30)
    assert candidate("0 12 1 * 0", D(2024, 6, 1, 13, 0)) == D(2024, 6, 2, 12, 0)
    assert candidate("0 12 1 * 7", D(2024, 6, 3, 0, 0)) == D(2024, 6, 9, 12, 0)
    assert candidate("0 0 31 * *", D(2024, 4, 1)) == D(2024, 5, 31, 0, 0)
    assert candidate("5/20 * * * *", D(2024, 1, 1, 0, 45)) == D(2024, 1, 1, 1, 5)
    assert candidate("0 0 30 2 *", D(2024, 1, 1)) is None
    assert candidate("1,2-4/2 0 1 1 *", D(2024, 1, 1, 0, 1)) == D(2024, 1, 1, 0, 2)
    for bad in ["* * * *", "60 * * * *", "* 24 * * *", "* * 0 * *", "* * * 13 *", "* * * * 8", "*/0 * * * *", "5-1 * * * *", "a * * * *", "1, * * * *"]:
        try:
            candidate(bad, D(2024, 1, 1))
        except ValueError:
            pass
        else:
            raise AssertionError(bad)

    def matches(expr, t):
        lim = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 7)]
        sets = []
        for f, (lo, hi) in zip(expr.split(), lim):
            s = set()
            for it in f.split(","):
                b, _, st = it.partition("/")
                st = int(st) if st else 1
                if b == "*": a, e = lo, hi
                elif "-" in b: a, e = map(int, b.split("-"))
                else: a = int(b); e = hi if "/" in it else a
                s |= set(range(a, e + 1, st))
            sets.append(s)
        if 7 in sets[4]: sets[4].add(0)
        dom, dow = t.day in sets[2], t.isoweekday() % 7 in sets[4]
        f = expr.split()
        day = (dom or dow) if f[2] != "*" and f[4] != "*" else (dom and dow)
        return t.minute in sets[0] and t.hour in sets[1] and t.month in sets[3] and day

    rng = random.Random(223)
    for _ in range(40):
        parts = [rng.choice(["*", "*/7", str(rng.randint(0, 59)), "10-40/10"]), rng.choice(["*", str(rng.randint(0, 23)), "8-18/5"]),
                 rng.choice(["*", "*", str(rng.randint(1, 28)), "1-10"]), rng.choice(["*", "*", str(rng.randint(1, 12))]), rng.choice(["*", "*", "1-5", "0", "6,7"])]
        expr = " ".join(parts)
        t0 = D(2024, 1, 1) + datetime.timedelta(minutes=rng.randint(0, 400000))
        got = candidate(expr, t0)
        assert got is not None and got > t0 and matches(expr, got), (expr, t0, got)
        t = t0.replace(second=0) + datetime.timedelta(minutes=1)
        steps = 0
        while t < got and steps < 1500:
            assert not matches(expr, t), (expr, t0, got, t)
            t += datetime.timedelta(minutes=1); steps += 1
