def check(candidate):
    assert candidate("the quick  brown fox", 2) == "the quick..."
    assert candidate("hello world", 5) == "hello world"
    assert candidate("  a  b  ", 2) == "a b"
    assert candidate("a b c", 3) == "a b c"
    assert candidate("a b c", 0) == "..."
    assert candidate("", 0) == ""
    import random
    rng = random.Random(4)
    for _ in range(300):
        ws = ["w" + str(rng.randint(0, 9)) for _ in range(rng.randint(0, 8))]
        k = rng.randint(0, 9)
        text = "  ".join(ws)
        want = " ".join(ws) if len(ws) <= k else " ".join(ws[:k]) + "..."
        assert candidate(text, k) == want
