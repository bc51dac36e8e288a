def check(candidate):
    assert candidate("1h30m") == 5400
    assert candidate("2h 5s") == 7205
    assert candidate("45s") == 45
    assert candidate("0m") == 0
    assert candidate("1h1m1s") == 3661
    assert candidate(" 10m ") == 600
    assert candidate("100s") == 100
    assert candidate("3h") == 10800
    assert candidate("2m 30s") == 150
    for bad in ("", "   ", "10", "h", "5m3h", "1h1h", "1x", "1.5h", "-3s", "1 h", "1m2", "s5"):
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            assert False, bad
