def check(candidate):
    assert candidate("abc") == 1
    assert candidate("Tr0ub4dor&3x") == 6
    assert candidate("") == 0
    assert candidate("aaaaaaa") == 1
    assert candidate("aaaaaaaa") == 2
    assert candidate("aaaaaaaaaaa") == 2
    assert candidate("aaaaaaaaaaaa") == 3
    assert candidate("ABC123") == 2
    assert candidate("é") == 1
    assert candidate("a b") == 2
    import random
    rng = random.Random(21)
    pool = "abcXYZ019!# é"
    for _ in range(400):
        p = "".join(rng.choice(pool) for _ in range(rng.randint(0, 14)))
        want = (any(c in "abc" for c in p) + any(c in "XYZ" for c in p) + any(c in "019" for c in p)
                + any(c in "!# é" for c in p) + (len(p) >= 8) + (len(p) >= 12))
        assert candidate(p) == want
