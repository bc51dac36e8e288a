def check(candidate):
    assert candidate('cp "my file.txt" backup\\ dir') == ["cp", "my file.txt", "backup dir"]
    assert candidate("") == []
    assert candidate("   ") == []
    assert candidate("a  b") == ["a", "b"]
    assert candidate("a'b c'd") == ["ab cd"]
    assert candidate("''") == [""]
    assert candidate("'a\\b'") == ["a\\b"]
    assert candidate('"a\\"b"') == ['a"b']
    assert candidate("x\\'y") == ["x'y"]
    for bad in ["'abc", '"abc', "abc\\", '"ab\\']:
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    import random, shlex
    rng = random.Random(191)
    for _ in range(400):
        s = "".join(rng.choice(["a", "b", " ", "  ", "'x y'", '"q r"', '"s\\"t"', "\\ ", "''"]) for _ in range(rng.randint(0, 6)))
        assert candidate(s) == shlex.split(s, posix=True)
