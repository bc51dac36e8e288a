def check(candidate):
    import random
    assert candidate(["press"] + ["-"] * 11)[9:12] == ["AMBER", "AMBER", "AMBER"]
    assert candidate([]) == []
    assert candidate(["-"] * 30) == ["GREEN"] * 30
    seq = candidate(["press"] + ["-"] * 30)
    assert seq[:9] == ["GREEN"] * 9
    assert seq[9:12] == ["AMBER"] * 3
    assert seq[12:20] == ["RED_WALK"] * 8
    assert seq[20:24] == ["RED_FLASH"] * 4
    assert seq[24:] == ["GREEN"] * 7
    late = candidate(["-"] * 15 + ["press", "-"])
    assert late[14] == "GREEN" and late[15] == "AMBER"
    walk_press = candidate(["press"] + ["-"] * 13 + ["press"] + ["-"] * 20)
    assert walk_press[24:] == ["GREEN"] * 11
    for bad in (["push"], ["-", "PRESS"]):
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    rng = random.Random(271)
    for _ in range(300):
        evs = [rng.choice(["-", "-", "-", "press"]) for _ in range(rng.randint(0, 80))]
        ph, t, req, want = "G", 0, False, []
        names = {"G": "GREEN", "A": "AMBER", "W": "RED_WALK", "F": "RED_FLASH"}
        for e in evs:
            if e == "press" and ph in "GA": req = True
            t += 1
            if ph == "G" and t >= 10 and req: ph, t, req = "A", 0, False
            elif ph == "A" and t >= 3: ph, t = "W", 0
            elif ph == "W" and t >= 8: ph, t = "F", 0
            elif ph == "F" and t >= 4: ph, t = "G", 0
            want.append(names[ph])
        assert candidate(evs) == want
