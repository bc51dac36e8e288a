def check(candidate):
    assert candidate([0, 500, 1000, 1500]) == 120
    assert candidate([100]) is None
    assert candidate([]) is None
    assert candidate([0, 1000]) == 60
    assert candidate([0, 400, 1000]) == 120
    assert candidate([250, 730, 1210]) == 125
    import random
    rng = random.Random(12)
    for _ in range(300):
        t = [rng.randint(0, 200)]
        for _ in range(rng.randint(1, 8)):
            t.append(t[-1] + rng.randint(150, 1500))
        assert candidate(t) == round(60000 / ((t[-1] - t[0]) / (len(t) - 1)))
