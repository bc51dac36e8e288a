def check(candidate):
    import itertools
    import random

    assert candidate({"app": ["lib", "log"], "lib": ["log"], "log": [], "cli": []}) == ["cli", "log", "lib", "app"]
    assert candidate({}) == []
    assert candidate({"a": []}) == ["a"]
    assert candidate({"b": [], "a": ["b"]}) == ["b", "a"]
    assert candidate({"b": ["a", "a"], "a": []}) == ["a", "b"]
    assert candidate({"z": [], "y": [], "x": ["z"]}) == ["y", "z", "x"]
    for bad in ({"a": ["b"], "b": ["a"]}, {"a": ["a"]}, {"a": ["ghost"]}, {"a": [], "b": ["c"], "c": ["d"], "d": ["b"]}):
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            assert False, bad
    rng = random.Random(41)
    names = list("abcdef")
    for _ in range(60):
        n = rng.randint(1, 6)
        chosen = rng.sample(names, n)
        rank = {name: i for i, name in enumerate(rng.sample(chosen, n))}
        deps = {name: [o for o in chosen if rank[o] < rank[name] and rng.random() < 0.4] for name in chosen}
        valid = [list(p) for p in itertools.permutations(sorted(chosen))
                 if all(p.index(d) < p.index(name) for name in chosen for d in deps[name])]
        assert candidate(deps) == min(valid), deps
