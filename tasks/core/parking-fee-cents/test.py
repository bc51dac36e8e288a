def check(candidate):
    assert candidate(10) == 0
    assert candidate(0) == 0
    assert candidate(15) == 0
    assert candidate(16) == 250
    assert candidate(59) == 250
    assert candidate(60) == 250
    assert candidate(61) == 500
    assert candidate(120) == 500
    assert candidate(121) == 750
    assert candidate(7 * 60) == 1750
    assert candidate(7 * 60 + 1) == 1800
    assert candidate(8 * 60) == 1800
    assert candidate(1439) == 1800
    assert candidate(1440) == 1800
    assert candidate(1441) == 2050
    assert candidate(1445) == 2050
    assert candidate(1440 + 180) == 2550
    assert candidate(2 * 1440) == 3600
    assert candidate(3 * 1440 + 600) == 7200
    assert candidate(3 * 1440 + 300) == 6650
    for bad in (-1, -60):
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError("expected ValueError")
