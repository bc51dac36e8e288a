def check(candidate):
    assert candidate("home 3\naway 2\naway 2") == "away"
    assert candidate("") == "draw"
    assert candidate("home 1\n\n  \naway 1") == "draw"
    assert candidate("home 2") == "home"
    assert candidate("away 1\nhome 1\nhome 1") == "home"
    for bad in ["home", "home 0", "visitors 2", "home -1", "home 2 1", "home two"]:
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    import random
    rng = random.Random(9)
    for _ in range(300):
        lines = [(rng.choice(["home", "away"]), rng.randint(1, 7)) for _ in range(rng.randint(0, 8))]
        h = sum(p for t, p in lines if t == "home"); a = sum(p for t, p in lines if t == "away")
        want = "draw" if h == a else ("home" if h > a else "away")
        assert candidate("\n".join(f"{t} {p}" for t, p in lines)) == want
