def check(candidate):
    assert candidate("portable network graphics") == "PNG"
    assert candidate("Complementary metal-oxide semiconductor") == "CMOS"
    assert candidate("") == ""
    assert candidate("  (as) 4 soon -- as possible ") == "ASAP"
    assert candidate("first-in-first-out") == "FIFO"
    assert candidate("123 456") == ""
    import random
    rng = random.Random(17)
    for _ in range(300):
        words = ["".join(rng.choice("ab1(") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(0, 6))]
        text = "".join(w + rng.choice([" ", "-", "  "]) for w in words)
        want = "".join(next(c for c in w if c.isalpha()).upper() for w in words if any(c.isalpha() for c in w))
        assert candidate(text) == want
