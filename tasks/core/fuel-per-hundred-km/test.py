def check(candidate):
    assert candidate([(1000, 40), (1500, 30), (2000, 35)]) == 6.5
    assert candidate([]) is None
    assert candidate([(500, 20)]) is None
    assert candidate([(500, 20), (500, 3)]) is None
    assert candidate([(0, 50), (800, 48)]) == 6.0
    import random
    rng = random.Random(23)
    for _ in range(300):
        odo = rng.randint(0, 9000)
        log = [(odo, rng.randint(5, 60))]
        for _ in range(rng.randint(1, 5)):
            odo += rng.randint(1, 900)
            log.append((odo, rng.randint(5, 60)))
        want = round(sum(l for _, l in log[1:]) * 100 / (log[-1][0] - log[0][0]), 1)
        assert candidate(log) == want
