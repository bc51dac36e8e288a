def check(candidate):
    assert candidate([("00:00:01,500", "00:00:03,000", "Hi")], -2000) == [("00:00:00,000", "00:00:01,000", "Hi")]
    assert candidate([], 100) == []
    assert candidate([("00:00:00,500", "00:00:01,000", "a")], -1000) == []
    assert candidate([("00:59:59,999", "01:00:00,000", "b")], 1) == [("01:00:00,000", "01:00:00,001", "b")]
    assert candidate([("00:00:00,000", "00:00:00,999", "c")], 1) == [("00:00:00,001", "00:00:01,000", "c")]
    for bad in ["0:00:01,000", "00:00:01.000", "00:60:00,000", "00:00:61,000", "aa:00:00,000"]:
        try:
            candidate([(bad, "00:00:02,000", "x")], 0)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    import random
    rng = random.Random(179)
    f = lambda t: f"{t // 3600000:02d}:{t // 60000 % 60:02d}:{t // 1000 % 60:02d},{t % 1000:03d}"
    for _ in range(300):
        cues = []
        for _ in range(rng.randint(0, 4)):
            a = rng.randint(0, 4000000); b = a + rng.randint(1, 9000)
            cues.append((f(a), f(b), "t"))
        off = rng.randint(-4000000, 4000000)
        want = []
        for a, b, t in cues:
            pa = int(a[0:2]) * 3600000 + int(a[3:5]) * 60000 + int(a[6:8]) * 1000 + int(a[9:]) + off
            pb = int(b[0:2]) * 3600000 + int(b[3:5]) * 60000 + int(b[6:8]) * 1000 + int(b[9:]) + off
            if pb > 0: want.append((f(max(pa, 0)), f(pb), t))
        assert candidate(cues, off) == want
