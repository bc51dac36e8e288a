def check(candidate):
    assert candidate(40, 10) == 1
    assert candidate(40, 2) == 3
    assert candidate(0, 7) == 1
    assert candidate(1, 2) == 0
    assert candidate(1000, 10) == 3
    assert candidate(81, 3) == 4
    assert candidate(80, 3) == 0
    assert candidate(36 * 36, 36) == 2
    assert candidate(2 ** 20, 4) == 10
    assert candidate(2 ** 21, 4) == 10
    assert candidate(7, 7) == 1
    assert candidate(6, 4) == 0
