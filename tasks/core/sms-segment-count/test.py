def check(candidate):
    assert candidate("See you at 8!") == 1
    assert candidate("x" * 161) == 2
    assert candidate("é" * 70) == 1
    assert candidate("") == 0
    assert candidate("a") == 1
    assert candidate("x" * 160) == 1
    assert candidate("x" * 306) == 2
    assert candidate("x" * 307) == 3
    assert candidate("x" * 459) == 3
    assert candidate("x" * 460) == 4
    assert candidate("\x7f" * 160) == 1
    assert candidate("{" * 80) == 1
    assert candidate("{" * 81) == 2
    assert candidate("x" * 159 + "~") == 2
    assert candidate("x" * 158 + "^") == 1
    for ch in "^{}\\[]~|":
        assert candidate(ch * 80) == 1, ch
        assert candidate(ch * 81) == 2, ch
    assert candidate("(" * 160) == 1
    assert candidate("é" * 71) == 2
    assert candidate("é" * 134) == 2
    assert candidate("é" * 135) == 3
    assert candidate("x" * 100 + "é") == 2
    assert candidate("{" * 69 + "é") == 1
    assert candidate("\u00ff" * 70) == 1
    assert candidate("\u0080" * 71) == 2
    assert candidate("\U0001F600" * 35) == 1
    assert candidate("\U0001F600" * 36) == 2
    assert candidate("\uffff" * 70) == 1
    assert candidate("\U00010000" * 35 + "a") == 2
    assert candidate("\U0001F600" * 67) == 2
    assert candidate("\U0001F600" * 68) == 3
