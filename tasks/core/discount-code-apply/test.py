def check(candidate):
    assert candidate(1999, "SAVE10") == 1800
    assert candidate(300, "MINUS500") == 0
    assert candidate(1999, "") == 1999
    assert candidate(1999, "SAVE25") == 1500
    assert candidate(501, "MINUS500") == 1
    for bad in ["save10", "SAVE50", "X"]:
        try:
            candidate(100, bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    for t in range(0, 3000, 7):
        assert candidate(t, "SAVE10") == t - t * 10 // 100
        assert candidate(t, "SAVE25") == t - t * 25 // 100
        assert candidate(t, "MINUS500") == max(0, t - 500)
