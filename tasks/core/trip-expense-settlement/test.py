def check(candidate):
    import random
    assert candidate(["ann", "bob", "cy"], [("ann", 900, ["ann", "bob", "cy"]), ("bob", 300, ["cy"])]) == [("cy", "ann", 600)]
    assert candidate(["a", "b"], []) == []
    assert candidate(["a", "b"], [("a", 100, ["a"])]) == []
    assert candidate(["a", "b", "c"], [("a", 100, ["a", "b", "c"])]) == [("b", "a", 33), ("c", "a", 33)]
    assert candidate(["a", "b", "c"], [("c", 10, ["a", "b"])]) == [("a", "c", 5), ("b", "c", 5)]
    assert candidate(["b", "a"], [("b", 3, ["a", "b"])]) == [("a", "b", 2)]
    for bad in [("z", 1, ["a"]), ("a", 1, []), ("a", -1, ["a"]), ("a", 1, ["q"])]:
        try:
            candidate(["a", "b"], [bad])
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    rng = random.Random(409)
    for _ in range(300):
        ppl = rng.sample(["ann", "bo", "cy", "di", "ed"], rng.randint(1, 5))
        exps = [(rng.choice(ppl), rng.randint(0, 1000), rng.sample(ppl, rng.randint(1, len(ppl)))) for _ in range(rng.randint(0, 5))]
        bal = {p: 0 for p in ppl}
        for payer, c, sh in exps:
            bal[payer] += c
            q, r = divmod(c, len(sh))
            for k, p in enumerate(sorted(sh)): bal[p] -= q + (k < r)
        want = []
        while True:
            d = sorted((b, p) for p, b in bal.items() if b < 0); cr = sorted((-b, p) for p, b in bal.items() if b > 0)
            if not d or not cr: break
            amt = min(-d[0][0], -cr[0][0]); want.append((d[0][1], cr[0][1], amt)); bal[d[0][1]] += amt; bal[cr[0][1]] -= amt
        got = candidate(ppl, exps)
        assert got == want
        assert all(v == 0 for v in bal.values())
