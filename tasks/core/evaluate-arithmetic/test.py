def check(candidate):
    import random

    assert candidate("2 + 3 * (4 - 1)") == 11
    assert candidate("-7 / 2") == -3
    assert candidate("7 / -2") == -3
    assert candidate("-7 / -2") == 3
    assert candidate("7 / 2") == 3
    assert candidate("42") == 42
    assert candidate(" ( 1 ) ") == 1
    assert candidate("--3") == 3
    assert candidate("2 * -3") == -6
    assert candidate("10 - 4 - 3") == 3
    assert candidate("100 / 10 / 5") == 2
    assert candidate("2 - -2") == 4
    assert candidate("-(2 + 3) * 2") == -10
    assert candidate("1 + 2 * 3 - 4 / 2") == 5
    assert candidate("((((7))))") == 7
    assert candidate("0 / 5") == 0
    assert candidate("-0") == 0
    for bad in ("", "   ", "1 +", "(1 + 2", "1 + 2)", "* 3", "2 3", "1 + x", "()", "4 // 2", "1 ++", "3 (4)"):
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            assert False, bad
    for zero in ("1 / 0", "5 / (2 - 2)", "0 / 0"):
        try:
            candidate(zero)
        except ZeroDivisionError:
            pass
        else:
            assert False, zero

    def div(a, b):
        q = abs(a) // abs(b)
        return q if (a < 0) == (b < 0) else -q

    rng = random.Random(2024)

    def gen(depth):
        if depth == 0 or rng.random() < 0.3:
            n = rng.randint(0, 20)
            return str(n), n
        kind = rng.random()
        if kind < 0.15:
            text, value = gen(depth - 1)
            return "-" + text, -value
        if kind < 0.3:
            text, value = gen(depth - 1)
            return "(" + text + ")", value
        lt, lv = gen(depth - 1)
        rt, rv = gen(depth - 1)
        op = rng.choice("+-*/")
        if op == "/" and rv == 0:
            op = "*"
        value = {"+": lv + rv, "-": lv - rv, "*": lv * rv, "/": div(lv, rv) if rv else 0}[op]
        return "(" + lt + " " + op + " " + rt + ")", value

    for _ in range(300):
        text, value = gen(4)
        assert candidate(text) == value, text
    for a in range(-9, 10):
        for b in (-4, -3, 2, 5):
            assert candidate(f"{a} / {b}".replace("--", "- -")) == div(a, b), (a, b)
    assert candidate("2 + 3 * 4 - 6 / 3 * 2 - 1") == 2 + 12 - 4 - 1
    assert candidate("8 - 2 * 3 + 1") == 3
