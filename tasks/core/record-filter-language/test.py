def check(candidate):
    import random
    rows = [{"name": "ann", "age": 31}, {"name": "bob", "age": 17}, {"name": "abe"}]
    assert candidate(rows, "age >= 18 OR name LIKE 'a%' AND NOT age < 40") == [0, 2]
    assert candidate(rows, "age > 100") == []
    assert candidate(rows, "NOT age > 100") == [0, 1, 2]
    assert candidate(rows, "name IN ('bob', 'abe')") == [1, 2]
    assert candidate(rows, "name like '_b_'") == [2]
    assert candidate(rows, "age = '31'") == []
    assert candidate(rows, "(age < 20 or age > 30) and name != 'bob'") == [0]
    assert candidate([{"x": None}, {"x": -3}], "x < 0") == [1]
    assert candidate([{"x": True}], "x = 1") == []
    assert candidate([{"s": "50%"}], "s LIKE '50%'") == [0]
    assert candidate([{"s": "a.c"}], "s LIKE 'a_c' AND NOT s LIKE 'abc'") == [0]
    for bad in ["", "age >", "age = = 3", "(age = 1", "age = 1)", "age IN ()", "age LIKE 3", "age = 1 AND", "1 = age", "age ~ 3", "name = 'open"]:
        try:
            candidate(rows, bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    rng = random.Random(359)
    for _ in range(300):
        recs = [{k: v for k, v in (("a", rng.choice([None, 1, 2, 3, "x"])), ("b", rng.choice([1, 2, "x", "y"]))) if rng.random() < 0.9} for _ in range(rng.randint(0, 6))]
        c1, c2, c3 = rng.randint(0, 3), rng.choice(["x", "y"]), rng.randint(0, 3)
        w = f"a > {c1} AND NOT b = '{c2}' OR b IN ({c3}, 2)"
        def num(v): return isinstance(v, int) and not isinstance(v, bool)
        def ok(r):
            a, b = r.get("a"), r.get("b")
            p1 = num(a) and a > c1
            p2 = not (isinstance(b, str) and b == c2)
            p3 = num(b) and b in (c3, 2)
            return (p1 and p2) or p3
        assert candidate(recs, w) == [k for k, r in enumerate(recs) if ok(r)], (recs, w)
