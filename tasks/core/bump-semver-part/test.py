def check(candidate):
    assert candidate("1.4.2", "minor") == "1.5.0"
    assert candidate("v2.0.0-beta.1", "patch") == "v2.0.0"
    assert candidate("1.4.2", "patch") == "1.4.3"
    assert candidate("1.4.2", "major") == "2.0.0"
    assert candidate("v1.4.2", "major") == "v2.0.0"
    assert candidate("0.0.0", "patch") == "0.0.1"
    assert candidate("0.0.0", "minor") == "0.1.0"
    assert candidate("0.0.0", "major") == "1.0.0"
    assert candidate("0.9.9", "minor") == "0.10.0"
    assert candidate("9.9.9", "patch") == "9.9.10"
    assert candidate("1.2.3-rc.1", "patch") == "1.2.3"
    assert candidate("1.2.3-rc.1", "minor") == "1.3.0"
    assert candidate("1.2.3-rc-2", "major") == "2.0.0"
    assert candidate("v10.20.30", "patch") == "v10.20.31"
    assert candidate("v10.20.30", "minor") == "v10.21.0"
    assert candidate("01.02.03", "patch") == "1.2.4"
    assert candidate("3.7.1-alpha", "minor") == "3.8.0"
    for bad in ("Patch", "build", ""):
        try:
            candidate("1.2.3", bad)
        except ValueError:
            pass
        else:
            raise AssertionError("expected ValueError for part %r" % bad)
