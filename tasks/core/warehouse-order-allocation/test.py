def check(candidate):
    import random, copy
    stock = {"north": {"tea": 5}, "south": {"tea": 10}}
    dist = {("north", "n"): 10, ("south", "n"): 50}
    keep = copy.deepcopy(stock)
    assert candidate(stock, dist, [("o1", "n", "tea", 8, 0), ("o2", "n", "tea", 4, 1)]) == {"o2": [("north", 4)], "o1": [("north", 1), ("south", 7)]}
    assert stock == keep
    assert candidate(stock, dist, []) == {}
    assert candidate(stock, dist, [("o", "s", "tea", 3, 0)]) == {"o": []}
    assert candidate(stock, dist, [("o", "n", "coffee", 3, 0)]) == {"o": []}
    assert candidate(stock, {("south", "n"): 5, ("north", "n"): 5}, [("o", "n", "tea", 6, 0)]) == {"o": [("north", 5), ("south", 1)]}
    assert candidate(stock, dist, [("b", "n", "tea", 15, 0), ("a", "n", "tea", 1, 0)]) == {"a": [("north", 1)], "b": [("north", 4), ("south", 10)]}
    assert candidate({"w": {"x": 1}}, {("w", "r"): 1, ("ghost", "r"): 0}, [("o", "r", "x", 2, 0)]) == {"o": [("w", 1)]}
    rng = random.Random(397)
    for _ in range(300):
        ws = rng.sample(["a", "b", "c", "d"], rng.randint(1, 4))
        st = {w: {s: rng.randint(0, 6) for s in rng.sample(["x", "y"], rng.randint(0, 2))} for w in ws}
        ds = {(w, r): rng.randint(1, 5) for w in ws for r in ("r1", "r2") if rng.random() < 0.7}
        ords = [(f"o{k}", rng.choice(["r1", "r2"]), rng.choice(["x", "y"]), rng.randint(1, 8), rng.randint(0, 2)) for k in range(rng.randint(0, 6))]
        left = {w: dict(v) for w, v in st.items()}; want = {}
        for oid, reg, sku, u, p in sorted(ords, key=lambda o: (-o[4], o[0])):
            t = []
            for _, w in sorted((km, w) for (w, r), km in ds.items() if r == reg):
                if u == 0: break
                g = min(left[w].get(sku, 0), u)
                if g: left[w][sku] -= g; u -= g; t.append((w, g))
            want[oid] = t
        snapshot = copy.deepcopy(st)
        assert candidate(st, ds, ords) == want
        assert st == snapshot
