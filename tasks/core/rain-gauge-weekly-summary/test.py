def check(candidate):
    assert candidate([1, 0, 2, None, 0, 0, 3, 5]) == [6, 5]
    assert candidate([None] * 7 + [0]) == [None, 0]
    assert candidate([]) == []
    assert candidate([0] * 14) == [0, 0]
    assert candidate([2.5, 0.5]) == [3.0]
    assert candidate([None, None]) == [None]
    for bad in ([-1], [None, 3, -0.5]):
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    import random
    rng = random.Random(3)
    for _ in range(200):
        xs = [rng.choice([None, rng.randint(0, 30)]) for _ in range(rng.randint(0, 30))]
        want = []
        for i in range(0, len(xs), 7):
            got = [x for x in xs[i:i + 7] if x is not None]
            want.append(sum(got) if got else None)
        assert candidate(xs) == want
