def check(candidate):
    assert candidate(2, 30, 20) == "S"
    assert candidate(100, 10, 70) is None
    assert candidate(35, 25, 3) == "S"
    assert candidate(36, 25, 3) == "M"
    assert candidate(60, 30, 15) == "M"
    assert candidate(60, 30, 16) == "L"
    assert candidate(120, 60, 60) == "L"
    assert candidate(121, 1, 1) is None
    import random, itertools
    rng = random.Random(89)
    limits = [("S", (35, 25, 3)), ("M", (60, 30, 15)), ("L", (120, 60, 60))]
    for _ in range(400):
        d = [rng.randint(1, 130) for _ in range(3)]
        a, b, c = sorted(d, reverse=True)
        want = next((n for n, (x, y, z) in limits if a <= x and b <= y and c <= z), None)
        for p in itertools.permutations(d):
            assert candidate(*p) == want
