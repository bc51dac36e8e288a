def check(candidate):
    assert candidate("PPLAE") == 75
    assert candidate("EE") is None
    assert candidate("") is None
    assert candidate("A") == 0
    assert candidate("PAA") == 33
    assert candidate("LLLE") == 100
    import random
    rng = random.Random(29)
    for _ in range(300):
        m = "".join(rng.choice("PLAE") for _ in range(rng.randint(0, 12)))
        c = [x for x in m if x != "E"]
        want = None if not c else 100 * sum(x in "PL" for x in c) // len(c)
        assert candidate(m) == want
