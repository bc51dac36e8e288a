def check(candidate):
    assert candidate("#000080") is True
    assert candidate("#fc0") is False
    assert candidate("#FFFFFF") is False
    assert candidate("#000") is True
    assert candidate("#808080") is False
    assert candidate("#7F7F7F") is True
    for bad in ["000000", "#12345", "#ggg", "#1234567", "", "#"]:
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    import random
    rng = random.Random(14)
    for _ in range(400):
        r, g, b = (rng.randint(0, 255) for _ in range(3))
        want = 299 * r + 587 * g + 114 * b < 128000
        assert candidate("#%02x%02X%02x" % (r, g, b)) is want
        s = [rng.randint(0, 15) for _ in range(3)]
        want = 299 * s[0] * 17 + 587 * s[1] * 17 + 114 * s[2] * 17 < 128000
        assert candidate("#" + "".join("%x" % v for v in s)) is want
