def check(candidate):
    assert candidate("(555) 123-4567") == "555-123-4567"
    assert candidate("+1 555.123.4567") == "555-123-4567"
    assert candidate("15551234567") == "555-123-4567"
    assert candidate("5551234567") == "555-123-4567"
    assert candidate("25551234567") is None
    assert candidate("555123456") is None
    assert candidate("555-123-4567 ext 2") is None
    assert candidate("") is None
    assert candidate("1 1 1 1 1 1 1 1 1 1 1") == "111-111-1111"
    assert candidate("555_123_4567") is None
    import random
    rng = random.Random(5)
    for _ in range(300):
        d = "".join(rng.choice("0123456789") for _ in range(rng.randint(8, 12)))
        text = "".join(c + rng.choice(["", " ", "-", "."]) for c in d)
        core = d[1:] if len(d) == 11 and d[0] == "1" else d
        want = f"{core[:3]}-{core[3:6]}-{core[6:]}" if len(core) == 10 else None
        assert candidate(text) == want
