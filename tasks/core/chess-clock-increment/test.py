def check(candidate):
    assert candidate(60, 2, [10, 5]) == 49
    assert candidate(10, 5, [12, 1]) == 0
    assert candidate(10, 5, []) == 10
    assert candidate(10, 0, [10]) == 0
    assert candidate(10, 3, [9, 3]) == 4
    assert candidate(10, 3, [9, 4]) == 0
    import random
    rng = random.Random(107)
    for _ in range(400):
        s, inc = rng.randint(1, 60), rng.randint(0, 5)
        moves = [rng.randint(0, 15) for _ in range(rng.randint(0, 8))]
        left = s
        for m in moves:
            left -= m
            if left <= 0:
                left = 0
                break
            left += inc
        assert candidate(s, inc, moves) == left
