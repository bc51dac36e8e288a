def check(candidate):
    assert candidate("mcmxciv") == 1994
    assert candidate("MMMCMXCIX") == 3999
    assert candidate("I") == 1
    assert candidate("XlIv") == 44
    for bad in ["", "IIII", "VX", "IL", "XM", "IIV", "XCX", "MCMC", "MMMM", "VV", "ABC", "IC", "DD", "LL", "XIIII", " X", "0"]:
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    def to_roman(n):
        out = ""
        for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
            while n >= v: out += s; n -= v
        return out
    canon = {to_roman(n): n for n in range(1, 4000)}
    for n in range(1, 4000):
        assert candidate(to_roman(n)) == n
    import random
    rng = random.Random(401)
    for _ in range(3000):
        s = "".join(rng.choice("IVXLCDM") for _ in range(rng.randint(1, 6)))
        if s in canon:
            assert candidate(s) == canon[s]
        else:
            try:
                candidate(s)
            except ValueError:
                pass
            else:
                raise AssertionError(s)
