def check(candidate):
    assert candidate(1000, 3) == [334, 333, 333]
    assert candidate(2, 4) == [1, 1, 0, 0]
    assert candidate(0, 2) == [0, 0]
    assert candidate(999, 1) == [999]
    assert candidate(1001, 4) == [251, 250, 250, 250]
    assert candidate(1003, 4) == [251, 251, 251, 250]
    assert candidate(12, 4) == [3, 3, 3, 3]
    for people in (0, -2):
        try:
            candidate(10, people)
        except ValueError:
            pass
        else:
            assert False, people
    for total in range(0, 60, 7):
        for people in range(1, 9):
            shares = candidate(total, people)
            assert sum(shares) == total and len(shares) == people
            assert max(shares) - min(shares) <= 1
            assert shares == sorted(shares, reverse=True)
