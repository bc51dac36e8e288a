def check(candidate):
    assert candidate("4006381") == 2
    assert candidate("") == 0
    assert candidate("0") == 0
    assert candidate("1") == 7
    assert candidate("01") == 9
    assert candidate("55") == 0
    for bad in ["12a", " 1", "1.0", "-1"]:
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    import random
    rng = random.Random(8)
    for _ in range(400):
        code = "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 14)))
        s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(code))
        assert candidate(code) == (10 - s % 10) % 10
