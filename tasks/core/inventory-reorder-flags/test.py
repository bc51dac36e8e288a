def check(candidate):
    assert candidate({"pen": 3, "ink": 10, "pad": 0}, {"pen": 5, "ink": 10}) == ["ink", "pen"]
    assert candidate({}, {"a": 1}) == []
    assert candidate({"a": 2}, {"a": 1}) == []
    assert candidate({"b": 1, "a": 1}, {"a": 1, "b": 1, "c": 9}) == ["a", "b"]
    import random
    rng = random.Random(43)
    for _ in range(300):
        skus = rng.sample("abcdefgh", rng.randint(0, 8))
        stock = {s: rng.randint(0, 9) for s in skus}
        rp = {s: rng.randint(0, 9) for s in rng.sample("abcdefgh", rng.randint(0, 8))}
        assert candidate(stock, rp) == sorted(s for s in stock if s in rp and stock[s] <= rp[s])
