def check(candidate):
    assert candidate(42) == 6.0
    assert candidate(44) == 7.5
    assert candidate(35) == 1.5
    assert candidate(48) == 10.0
    assert candidate(40) == 4.5
    assert candidate(41) == 5.5
    for bad in (34, 49, 0):
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    for eu in range(35, 49):
        raw = (eu - 33) / 1.5
        want = int(raw * 2 + 0.5) / 2
        assert candidate(eu) == want
