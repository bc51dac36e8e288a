def check(candidate):
    assert candidate(["A2-5", "A1-9", "A2-7", "A1-3"]) == ["A1-3", "A1-9", "A2-7", "A2-5"]
    assert candidate([]) == []
    assert candidate(["A3-1", "A3-1", "A03-1"]) == ["A3-1"]
    assert candidate(["A4-1", "A4-10", "A3-2", "A3-10"]) == ["A3-2", "A3-10", "A4-10", "A4-1"]
    for bad in ["B1-2", "A1", "A-2", "A1-", "A0-3", "A1-0", "A1-x"]:
        try:
            candidate([bad])
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    import random
    rng = random.Random(127)
    for _ in range(300):
        locs = [(rng.randint(1, 5), rng.randint(1, 12)) for _ in range(rng.randint(0, 10))]
        names = [f"A{a}-{b}" for a, b in locs]
        uniq = sorted(set(locs), key=lambda t: (t[0], t[1] if t[0] % 2 else -t[1]))
        assert candidate(names) == [f"A{a}-{b}" for a, b in uniq]
