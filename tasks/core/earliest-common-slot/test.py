def check(candidate):
    import random

    assert candidate([["09:00-10:00"], ["09:30-10:30"]], 30, "09:00", "12:00") == "10:30"
    assert candidate([["09:00-17:00"]], 15, "09:00", "17:00") is None
    assert candidate([], 60, "09:00", "10:00") == "09:00"
    assert candidate([], 61, "09:00", "10:00") is None
    assert candidate([["08:00-09:15"]], 30, "09:00", "12:00") == "09:15"
    assert candidate([["09:30-10:00"], ["10:00-10:20"]], 30, "09:00", "12:00") == "09:00"
    assert candidate([["09:20-10:00"], ["10:00-10:20"]], 30, "09:00", "12:00") == "10:20"
    assert candidate([["11:00-11:30", "09:10-09:50"], ["10:00-10:40"]], 20, "09:00", "12:00") == "10:40"
    assert candidate([["11:00-11:30", "09:10-09:50"], ["10:00-10:40"]], 25, "09:00", "12:00") == "11:30"
    assert candidate([["11:00-11:30", "09:10-09:50"], ["10:00-10:40"]], 31, "09:00", "12:00") is None
    assert candidate([["12:00-13:00"]], 60, "11:00", "12:00") == "11:00"
    assert candidate([["08:00-08:30"], ["09:30-10:00"]], 30, "09:00", "12:00") == "09:00"
    for bad in ((["09:00-09:00"],), (["10:00-09:00"],)):
        try:
            candidate([bad[0]], 10, "08:00", "12:00")
        except ValueError:
            pass
        else:
            assert False, bad
    for bad_duration in (0, -5):
        try:
            candidate([], bad_duration, "08:00", "12:00")
        except ValueError:
            pass
        else:
            assert False, bad_duration
    rng = random.Random(77)
    fmt = lambda m: f"{m // 60:02d}:{m % 60:02d}"
    for _ in range(150):
        day_start, day_end = rng.randint(480, 540), rng.randint(560, 700)
        calendars = []
        busy = []
        for _ in range(rng.randint(1, 3)):
            periods = []
            for _ in range(rng.randint(0, 4)):
                s = rng.randint(450, 700)
                e = s + rng.randint(1, 60)
                periods.append(fmt(s) + "-" + fmt(e))
                busy.append((s, e))
            calendars.append(periods)
        duration = rng.randint(1, 90)
        expected = None
        for start in range(day_start, day_end - duration + 1):
            if all(e <= start or s >= start + duration for s, e in busy):
                expected = fmt(start)
                break
        assert candidate(calendars, duration, fmt(day_start), fmt(day_end)) == expected, (calendars, duration, day_start, day_end)
