def check(candidate):
    assert candidate([("buy", 10, 100), ("buy", 5, 120), ("sell", 12)]) == 1240
    assert candidate([]) == 0
    assert candidate([("buy", 3, 50), ("sell", 3), ("buy", 2, 70), ("sell", 1)]) == 220
    assert candidate([("buy", 1, 5), ("sell", 0)]) == 0
    for bad in ([("sell", 1)], [("buy", 2, 9), ("sell", 3)]):
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    import random
    rng = random.Random(197)
    for _ in range(400):
        units, evs = [], []
        cost = 0
        for _ in range(rng.randint(0, 10)):
            if rng.random() < 0.5 or not units:
                q, c = rng.randint(1, 5), rng.randint(1, 200); evs.append(("buy", q, c)); units += [c] * q
            else:
                q = rng.randint(0, len(units)); evs.append(("sell", q)); cost += sum(units[:q]); units = units[q:]
        assert candidate(evs) == cost
