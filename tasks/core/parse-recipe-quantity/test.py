def check(candidate):
    def raises(arg):
        try:
            candidate(arg)
        except ValueError:
            return True
        return False

    assert candidate("1 1/2") == (3, 2)
    assert candidate(" 6/4 ") == (3, 2)
    assert candidate("2") == (2, 1)
    assert candidate("0") == (0, 1)
    assert candidate("000") == (0, 1)
    assert candidate("0/7") == (0, 1)
    assert candidate("1") == (1, 1)
    assert candidate("12") == (12, 1)
    assert candidate("007") == (7, 1)
    assert candidate("3/4") == (3, 4)
    assert candidate("5/4") == (5, 4)
    assert candidate("8/4") == (2, 1)
    assert candidate("1/1") == (1, 1)
    assert candidate("9/12") == (3, 4)
    assert candidate("2 3/4") == (11, 4)
    assert candidate("2 2/4") == (5, 2)
    assert candidate("0 1/3") == (1, 3)
    assert candidate("10 1/10") == (101, 10)
    assert candidate("3 5/6") == (23, 6)
    assert candidate("  4 6/9   ") == (14, 3)
    assert candidate("\t1/2\n") == (1, 2)
    # malformed
    for bad in ["", "   ", "abc", "1.5", "-1", "+2", "-1/2", "1/-2", "1/0", "0/0", "3 1/0",
                "1 1/1", "1 2/1", "2 0/3", "1  1/2", "1 1 / 2", "1 1/2 3", "1 2", "1/2/3",
                "/2", "1/", "1 /2", "1/ 2", "a 1/2", "1 a/2", "1 1/b", "1,5", "½", "1 ½",
                "\u0661", "1/\u0662", "1 1/2x", "x1"]:
        assert raises(bad), bad
