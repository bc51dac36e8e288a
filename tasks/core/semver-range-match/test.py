def check(candidate):
    assert candidate("1.4.2", "^1.2.0") is True
    assert candidate("0.3.0", "^0.2.5") is False
    assert candidate("0.2.9", "^0.2.5") is True
    assert candidate("0.0.3", "^0.0.3") is True
    assert candidate("0.0.4", "^0.0.3") is False
    assert candidate("2.0.0", "^1.9.9") is False
    assert candidate("1.2.9", "~1.2.3") is True
    assert candidate("1.3.0", "~1.2.3") is False
    assert candidate("1.2.2", "~1.2.3") is False
    assert candidate("1.2.3", "1.2.3") is True
    assert candidate("1.2.4", "1.2.3") is False
    for v, s in [("1.2", "^1.0.0"), ("1.2.3", ">1.0.0"), ("1.2.x", "1.2.3"), ("1.2.3", "^1.-1.0"), ("1.2.3", "")]:
        try:
            candidate(v, s)
        except ValueError:
            pass
        else:
            raise AssertionError((v, s))
    import random
    rng = random.Random(157)
    for _ in range(500):
        v = tuple(rng.randint(0, 3) for _ in range(3)); lo = tuple(rng.randint(0, 3) for _ in range(3))
        op = rng.choice(["", "~", "^"])
        if op == "": want = v == lo
        elif op == "~": want = lo <= v < (lo[0], lo[1] + 1, 0)
        else:
            hi = (lo[0] + 1, 0, 0) if lo[0] else (0, lo[1] + 1, 0) if lo[1] else (0, 0, lo[2] + 1)
            want = lo <= v < hi
        assert candidate(".".join(map(str, v)), op + ".".join(map(str, lo))) is want
