def check(candidate):
    assert candidate(1) == 0
    assert candidate(5) == 100
    assert candidate(0) == 0
    assert candidate(-3) == 0
    assert candidate(2) == 25
    assert candidate(21) == 500
    assert candidate(22) == 500
    assert candidate(20) == 475
    for d in range(-5, 60):
        assert candidate(d) == (0 if d <= 1 else min(500, 25 * (d - 1)))
