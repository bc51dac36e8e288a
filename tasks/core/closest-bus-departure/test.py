def check(candidate):
    assert candidate(["08:15", "07:50", "09:00"], "08:00") == "08:15"
    assert candidate(["08:15"], "08:15") == "08:15"
    assert candidate(["08:15"], "08:16") is None
    assert candidate([], "00:00") is None
    assert candidate(["23:59", "00:00"], "00:00") == "00:00"
    import random
    rng = random.Random(41)
    fmt = lambda m: f"{m // 60:02d}:{m % 60:02d}"
    for _ in range(300):
        ds = [rng.randint(0, 1439) for _ in range(rng.randint(0, 6))]
        now = rng.randint(0, 1439)
        later = [d for d in ds if d >= now]
        want = fmt(min(later)) if later else None
        assert candidate([fmt(d) for d in ds], fmt(now)) == want
