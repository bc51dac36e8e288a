def check(candidate):
    assert candidate([(299, 2), (399, 3), (100, 1)]) == 2
    assert candidate([]) is None
    assert candidate([(100, 2), (50, 1)]) == 0
    assert candidate([(101, 2), (50, 1)]) == 1
    assert candidate([(7, 1)]) == 0
    import random
    from fractions import Fraction
    rng = random.Random(109)
    for _ in range(400):
        offers = [(rng.randint(1, 30), rng.randint(1, 6)) for _ in range(rng.randint(0, 6))]
        want = None
        for i, (p, u) in enumerate(offers):
            if want is None or Fraction(p, u) < Fraction(*offers[want]):
                want = i
        assert candidate(offers) == want
