def check(candidate):
    import random
    assert candidate("3x^3 - x^2 + 4x - 7") == "9x^2 - 2x + 4"
    assert candidate("x + x - 2x") == "0"
    assert candidate("7") == "0"
    assert candidate("x") == "1"
    assert candidate("-x^2") == "-2x"
    assert candidate("x^1 + x^0") == "1"
    assert candidate("  2 x ^ 10  ") == "20x^9"
    assert candidate("x^2 + x^3 - x^3") == "2x"
    assert candidate("-3x^2 - 5x") == "-6x - 5"
    assert candidate("0x^5 + 1") == "0"
    assert candidate("x^2 - 0x^3 + 2x^2") == "6x"
    for bad in ["", "x^", "3y", "x x", "+", "2^3", "x^-1", "3x^2 4x", "x^2.5", "--x"]:
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    rng = random.Random(367)
    for _ in range(400):
        terms = [(rng.randint(-5, 5), rng.randint(0, 4)) for _ in range(rng.randint(1, 5))]
        def show(c, e, first):
            s = "-" if c < 0 else ("" if first else "+")
            m = abs(c)
            body = str(m) if e == 0 else ("" if m == 1 and rng.random() < 0.5 else str(m)) + ("x" if e == 1 and rng.random() < 0.5 else f"x^{e}")
            return s + body
        text = "".join(show(c, e, k == 0) for k, (c, e) in enumerate(terms))
        d = {}
        for c, e in terms:
            if e > 0: d[e - 1] = d.get(e - 1, 0) + c * e
        d = {e: c for e, c in d.items() if c}
        out = ""
        for e in sorted(d, reverse=True):
            c = d[e]; m = abs(c)
            body = str(m) if e == 0 else ("" if m == 1 else str(m)) + ("x" if e == 1 else f"x^{e}")
            out += ("-" if c < 0 else "") + body if not out else (" - " if c < 0 else " + ") + body
        assert candidate(text) == (out or "0"), text
