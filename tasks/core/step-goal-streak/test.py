def check(candidate):
    assert candidate([9000, 12000, 10000, 10500], 10000) == 3
    assert candidate([12000, 5000], 10000) == 0
    assert candidate([], 10) == 0
    assert candidate([10, 10, 10], 10) == 3
    assert candidate([11, 9, 11], 10) == 1
    import random
    rng = random.Random(83)
    for _ in range(400):
        xs = [rng.randint(0, 20) for _ in range(rng.randint(0, 10))]
        g = rng.randint(0, 20)
        k = 0
        while k < len(xs) and xs[len(xs) - 1 - k] >= g:
            k += 1
        assert candidate(xs, g) == k
