def check(candidate):
    assert candidate(0) == "A001"
    assert candidate(999) == "B001"
    assert candidate(998) == "A999"
    assert candidate(25 * 999 + 998) == "Z999"
    assert candidate(26 * 999) == "A001"
    assert candidate(1000) == "B002"
    import random
    rng = random.Random(61)
    for n in [rng.randint(0, 200000) for _ in range(400)]:
        assert candidate(n) == "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[(n // 999) % 26] + str(n % 999 + 1).zfill(3)
