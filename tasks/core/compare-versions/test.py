def check(candidate):
    assert candidate("1.10", "1.9.9") == 1
    assert candidate("2.0.0-beta", "2.0") == -1
    assert candidate("2.0", "2.0.0-beta") == 1
    assert candidate("1.2", "1.2.0") == 0
    assert candidate("1.2.0", "1.2") == 0
    assert candidate("0.9", "0.10") == -1
    assert candidate("3", "2.99") == 1
    assert candidate("1.0.0-alpha", "1.0.0-beta") == -1
    assert candidate("1.0.0-rc2", "1.0.0-rc1") == 1
    assert candidate("1.0-rc1", "1.0.0-rc1") == 0
    assert candidate("1.0.1-rc1", "1.0.0") == 1
    assert candidate("1.0.0", "1.0.1-rc1") == -1
    assert candidate("10.0", "9.0") == 1
    assert candidate("1.01", "1.1") == 0
