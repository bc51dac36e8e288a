def check(candidate):
    assert candidate("23:50", "00:05") == 15
    assert candidate("08:00", "07:59") == 1439
    assert candidate("12:00", "12:00") == 0
    assert candidate("00:00", "23:59") == 1439
    assert candidate("09:15", "10:45") == 90
    assert candidate("22:00", "01:30") == 210
    assert candidate("00:01", "00:00") == 1439
    assert candidate("13:07", "13:08") == 1
