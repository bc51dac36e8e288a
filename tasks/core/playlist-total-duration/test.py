def check(candidate):
    assert candidate(["3:45", "4:15"]) == "8:00"
    assert candidate(["59:30", "0:45"]) == "1:00:15"
    assert candidate([]) == "0:00"
    assert candidate(["0:07"]) == "0:07"
    assert candidate(["59:59"]) == "59:59"
    assert candidate(["59:59", "0:01"]) == "1:00:00"
    assert candidate(["120:00", "0:05"]) == "2:00:05"
    assert candidate(["10:09", "10:01"]) == "20:10"
    for bad in ["3:5", "3:60", "345", ":45", "a:10", "3:4x"]:
        try:
            candidate([bad])
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    import random
    rng = random.Random(7)
    for _ in range(200):
        secs = [rng.randint(0, 4000) for _ in range(rng.randint(0, 5))]
        tracks = [f"{s // 60}:{s % 60:02d}" for s in secs]
        t = sum(secs)
        want = f"{t // 3600}:{t % 3600 // 60:02d}:{t % 60:02d}" if t >= 3600 else f"{t // 60}:{t % 60:02d}"
        assert candidate(tracks) == want
