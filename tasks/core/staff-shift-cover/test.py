def check(candidate):
    import random
    assert candidate({8, 9, 10, 14, 15}, [("early", 6, 12), ("mid", 9, 15), ("late", 13, 18)]) == ["early", "late"]
    assert candidate(set(), [("a", 0, 1)]) == []
    assert candidate({3}, []) is None
    assert candidate({3, 20}, [("a", 0, 10)]) is None
    assert candidate({5}, [("b", 4, 8), ("a", 5, 8), ("c", 0, 8)]) == ["c"]
    assert candidate({5}, [("b", 5, 8), ("a", 5, 8)]) == ["a"]
    assert candidate({0, 23}, [("n", 0, 24)]) == ["n"]
    assert candidate({1, 2, 3}, [("x", 1, 2), ("y", 2, 4)]) == ["x", "y"]
    for bad in [("a", 5, 5), ("a", -1, 3), ("a", 3, 25), ("a", 6, 2)]:
        try:
            candidate({1}, [bad])
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    rng = random.Random(379)
    for _ in range(400):
        req = set(rng.sample(range(24), rng.randint(0, 8)))
        sh = []
        for k in range(rng.randint(0, 6)):
            s = rng.randint(0, 22); sh.append((f"s{k}", s, rng.randint(s + 1, 24)))
        unc, out = set(req), []
        while unc:
            h = min(unc)
            opts = sorted((-e, s, n) for n, s, e in sh if s <= h < e)
            if not opts: out = None; break
            e, s, n = opts[0]; out.append(n); unc -= set(range(s, -e))
        assert candidate(req, sh) == out
