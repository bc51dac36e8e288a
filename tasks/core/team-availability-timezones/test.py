def check(candidate):
    import random
    assert candidate({"ana": (60, ["09:00-17:00"]), "raj": (330, ["13:30-22:30"])}, 30) == ["08:00-16:00"]
    assert candidate({}, 10) == ["00:00-24:00"]
    assert candidate({}, 2000) == []
    assert candidate({"a": (0, ["09:00-10:00", "10:00-11:00"])}, 1) == ["09:00-11:00"]
    assert candidate({"a": (0, ["22:00-02:00"])}, 1) == ["00:00-02:00", "22:00-24:00"]
    assert candidate({"a": (-300, ["20:00-23:00"])}, 1) == ["01:00-04:00"]
    assert candidate({"a": (120, ["01:00-03:00"])}, 1) == ["00:00-01:00", "23:00-24:00"]
    assert candidate({"a": (0, ["08:00-12:00"]), "b": (0, ["11:00-13:00", "08:30-08:40"])}, 15) == ["11:00-12:00"]
    assert candidate({"a": (0, ["08:00-12:00"]), "b": (0, ["11:00-13:00", "08:30-08:40"])}, 5) == ["08:30-08:40", "11:00-12:00"]
    assert candidate({"a": (0, ["05:00-05:00"])}, 1) == ["00:00-24:00"]
    for bad in ["9:00-10:00", "09:00_10:00", "24:00-01:00", "09:60-10:00", "0900-1000"]:
        try:
            candidate({"a": (0, [bad])}, 1)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    rng = random.Random(263)
    fm = lambda m: f"{m // 60:02d}:{m % 60:02d}"
    for _ in range(150):
        people = {}
        for name in "abc"[:rng.randint(1, 3)]:
            off = rng.choice([-480, -300, 0, 60, 330, 540, 600])
            ws = []
            for _ in range(rng.randint(1, 3)):
                a = rng.randrange(0, 1440, 30); b = rng.randrange(0, 1440, 30)
                ws.append(f"{fm(a)}-{fm(b)}")
            people[name] = (off, ws)
        mn = rng.choice([1, 30, 60, 120])
        cover = [True] * 1440
        for off, ws in people.values():
            mask = [False] * 1440
            for w in ws:
                a = int(w[:2]) * 60 + int(w[3:5]); b = int(w[6:8]) * 60 + int(w[9:11])
                L = (b - a) % 1440 or 1440
                for k in range(L): mask[(a + k - off) % 1440] = True
            cover = [x and y for x, y in zip(cover, mask)]
        want, s = [], None
        for t in range(1441):
            on = t < 1440 and cover[t]
            if on and s is None: s = t
            if not on and s is not None:
                if t - s >= mn: want.append(f"{fm(s)}-{fm(t)}")
                s = None
        assert candidate(people, mn) == want
