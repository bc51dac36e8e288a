def check(candidate):
    import random

    assert candidate([1, -2, 3, 4, -1], 2) == 7
    assert candidate([-5, -1, -3], 1) == -1
    assert candidate([4], 1) == 4
    assert candidate([1, 2, 3], 3) == 6
    assert candidate([5, -10, 1, 1, 1], 3) == 3
    for values, k in (([], 1), ([1, 2], 3), ([1, 2], 0), ([1], -1)):
        try:
            candidate(values, k)
        except ValueError:
            pass
        else:
            assert False, (values, k)
    rng = random.Random(5)
    for _ in range(200):
        values = [rng.randint(-20, 20) for _ in range(rng.randint(1, 12))]
        k = rng.randint(1, len(values))
        assert candidate(values, k) == max(sum(values[i:i + k]) for i in range(len(values) - k + 1)), (values, k)
