def check(candidate):
    assert candidate(["mon", "tue", "wed"], {"bo": {"mon", "tue", "wed"}, "al": {"tue"}}) == ["bo", "al", "bo"]
    assert candidate([], {"a": {"x"}}) == []
    assert candidate(["x"], {}) == [None]
    assert candidate(["x", "x", "x"], {"b": {"x"}, "a": {"x"}}) == ["a", "b", "a"]
    import random
    rng = random.Random(199)
    for _ in range(300):
        ds = [rng.choice("mtwrf") for _ in range(rng.randint(0, 10))]
        av = {p: set(rng.sample("mtwrf", rng.randint(0, 5))) for p in rng.sample("abcd", rng.randint(0, 4))}
        load = {p: 0 for p in av}; want = []
        for d in ds:
            c = sorted((load[p], p) for p in av if d in av[p])
            if not c: want.append(None); continue
            load[c[0][1]] += 1; want.append(c[0][1])
        assert candidate(ds, av) == want
