def check(candidate):
    assert candidate("queueing") == 5
    assert candidate("rhythm") == 0
    assert candidate("") == 0
    assert candidate("AEIou") == 5
    assert candidate("baaeb") == 3
    assert candidate("ab-ee") == 2
    import random, re
    rng = random.Random(53)
    for _ in range(400):
        w = "".join(rng.choice("aEbxOu-") for _ in range(rng.randint(0, 12)))
        runs = re.findall("[aeiou]+", w.lower())
        assert candidate(w) == max((len(r) for r in runs), default=0)
