def check(candidate):
    assert candidate(56, 50) == 30
    assert candidate(53, 50) == 0
    assert candidate(54, 50) == 30
    assert candidate(63, 50) == 30
    assert candidate(64, 50) == 80
    assert candidate(73, 50) == 80
    assert candidate(74, 50) == 160
    assert candidate(83, 50) == 160
    assert candidate(84, 50) == 400
    for v in range(0, 200):
        o = v - 3 - 80
        want = 0 if o <= 0 else 30 if o <= 10 else 80 if o <= 20 else 160 if o <= 30 else 400
        assert candidate(v, 80) == want
