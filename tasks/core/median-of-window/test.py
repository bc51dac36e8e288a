def check(candidate):
    assert candidate([5, 1, 3, 2], 3) == [3, 2]
    assert candidate([1, 2], 3) == []
    assert candidate([4, 8], 2) == [6.0]
    assert candidate([7], 1) == [7]
    import random, statistics
    rng = random.Random(211)
    for _ in range(300):
        xs = [rng.randint(-9, 9) for _ in range(rng.randint(0, 9))]
        w = rng.randint(1, 5)
        assert candidate(xs, w) == [statistics.median(xs[i:i + w]) for i in range(len(xs) - w + 1)]
