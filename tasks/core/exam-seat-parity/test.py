def check(candidate):
    assert candidate(1, 4) == (1, "left")
    assert candidate(7, 5) == (2, "left")
    assert candidate(3, 4) == (1, "right")
    assert candidate(3, 5) == (1, "left")
    assert candidate(4, 5) == (1, "right")
    assert candidate(5, 1) == (5, "left")
    for args in [(0, 4), (3, 0), (-1, 2)]:
        try:
            candidate(*args)
        except ValueError:
            pass
        else:
            raise AssertionError(args)
    for per in range(1, 9):
        for seat in range(1, 40):
            r, i = divmod(seat - 1, per)
            assert candidate(seat, per) == (r + 1, "left" if i < (per + 1) // 2 else "right")
