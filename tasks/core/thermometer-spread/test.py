def check(candidate):
    assert candidate([12.5, None, 18.0, 9.5]) == 8.5
    assert candidate([]) is None
    assert candidate([None, None]) is None
    assert candidate([3]) == 0
    assert candidate([-4, 6]) == 10
    import random
    rng = random.Random(101)
    for _ in range(300):
        xs = [rng.choice([None, rng.randint(-20, 40)]) for _ in range(rng.randint(0, 8))]
        v = [x for x in xs if x is not None]
        assert candidate(xs) == (max(v) - min(v) if v else None)
