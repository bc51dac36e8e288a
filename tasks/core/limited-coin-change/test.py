def check(candidate):
    import itertools, random
    assert candidate(30, {25: 1, 10: 3, 5: 2}) == {25: 1, 5: 1}
    assert candidate(30, {20: 1, 15: 2, 10: 3}) == {20: 1, 10: 1}
    assert candidate(40, {25: 1, 10: 1, 5: 1}) == {25: 1, 10: 1, 5: 1}
    assert candidate(0, {5: 1}) == {}
    assert candidate(3, {5: 2}) is None
    assert candidate(6, {1: 10, 3: 2, 4: 1}) == {3: 2}
    assert candidate(8, {4: 1, 3: 2, 2: 1, 1: 5}) == {4: 1, 3: 1, 1: 1}
    assert candidate(7, {}) is None
    try:
        candidate(-1, {1: 1})
    except ValueError:
        pass
    else:
        raise AssertionError("negative")

    def brute(amount, supply):
        coins = sorted(supply, reverse=True)
        best = None
        for combo in itertools.product(*[range(supply[c] + 1) for c in coins]):
            if sum(c * k for c, k in zip(coins, combo)) != amount:
                continue
            key = (sum(combo), tuple(-k for k in combo))
            if best is None or key < best[0]:
                best = (key, combo)
        return None if best is None else {c: k for c, k in zip(coins, best[1]) if k}

    rng = random.Random(227)
    for _ in range(250):
        vals = rng.sample([1, 2, 3, 5, 7, 10, 12, 20, 25], rng.randint(1, 4))
        supply = {v: rng.randint(0, 4) for v in vals}
        amount = rng.randint(0, 60)
        assert candidate(amount, dict(supply)) == brute(amount, supply), (amount, supply)
