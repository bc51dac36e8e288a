def check(candidate):
    assert candidate("0-306-40615-2") is True
    assert candidate("0306406153") is False
    assert candidate("080442957X") is True
    assert candidate("08044295X7") is False
    assert candidate("030640615") is False
    assert candidate("03064061522") is False
    assert candidate("0306406152 ") is False
    assert candidate("") is False
    import random
    rng = random.Random(103)
    for _ in range(400):
        d = [rng.randint(0, 9) for _ in range(9)]
        s = sum(v * (10 - i) for i, v in enumerate(d))
        last = (11 - s % 11) % 11
        good = "".join(map(str, d)) + ("X" if last == 10 else str(last))
        assert candidate(good) is True
        assert candidate(good[:3] + "-" + good[3:]) is True
        wrong = (last + rng.randint(1, 10)) % 11
        assert candidate("".join(map(str, d)) + ("X" if wrong == 10 else str(wrong))) is False
