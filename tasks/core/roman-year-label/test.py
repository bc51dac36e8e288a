def check(candidate):
    assert candidate(1994) == "MCMXCIV"
    assert candidate(2024) == "MMXXIV"
    assert candidate(1) == "I"
    assert candidate(3999) == "MMMCMXCIX"
    assert candidate(4) == "IV"
    assert candidate(49) == "XLIX"
    assert candidate(444) == "CDXLIV"
    for bad in (0, 4000, -1):
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    def parse(s):
        vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
        total = 0
        for i, c in enumerate(s):
            v = vals[c]
            total += -v if i + 1 < len(s) and vals[s[i + 1]] > v else v
        return total
    import re
    for n in range(1, 4000, 7):
        r = candidate(n)
        assert parse(r) == n and re.fullmatch("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})", r)
