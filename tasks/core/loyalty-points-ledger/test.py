def check(candidate):
    assert candidate([("buy", 1250, 0), ("buy", 999, 6), ("redeem", 20)]) == 10
    assert candidate([]) == 0
    assert candidate([("buy", 99, 5)]) == 0
    assert candidate([("buy", 100, 5), ("buy", 100, 4)]) == 3
    assert candidate([("bonus", 7), ("redeem", 7)]) == 0
    for bad in ([("redeem", 1)], [("bonus", 3), ("redeem", 4)], [("refund", 3)]):
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    import random
    rng = random.Random(137)
    for _ in range(300):
        bal, evs = 0, []
        for _ in range(rng.randint(0, 10)):
            k = rng.choice(["buy", "buy", "bonus", "redeem"])
            if k == "buy":
                c, d = rng.randint(0, 5000), rng.randint(0, 6)
                evs.append(("buy", c, d)); bal += (c // 100) * (2 if d >= 5 else 1)
            elif k == "bonus":
                p = rng.randint(0, 30); evs.append(("bonus", p)); bal += p
            else:
                p = rng.randint(0, bal); evs.append(("redeem", p)); bal -= p
        assert candidate(evs) == bal
