def check(candidate):
    import random
    assert candidate([10, 7, 3, 9, 0]) == (48, 3)
    assert candidate([10] * 12) == (300, 10)
    assert candidate([]) == (0, 0)
    assert candidate([3]) == (0, 0)
    assert candidate([3, 4]) == (7, 1)
    assert candidate([5, 5]) == (0, 0)
    assert candidate([5, 5, 3]) == (13, 1)
    assert candidate([10, 10]) == (0, 0)
    assert candidate([0] * 20) == (0, 10)
    assert candidate([5] * 21) == (150, 10)
    assert candidate([0] * 18 + [10, 10, 5]) == (25, 10)
    assert candidate([0] * 18 + [10, 5, 5]) == (20, 10)
    assert candidate([0] * 18 + [7, 3, 10]) == (20, 10)
    assert candidate([9, 1] * 10 + [10]) == (10 * 19 + 1, 10)
    for bad in [[11], [-1], [6, 5], [10, 6, 5], [0] * 21, [0] * 18 + [10, 6, 5], [0] * 18 + [3, 7, 2, 1], [10] * 13, [0] * 18 + [3, 4, 1]]:
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)

    def game(rng):
        rolls = []
        for f in range(10):
            a = rng.randint(0, 10)
            if rng.random() < 0.25: a = 10
            rolls.append(a)
            if f < 9:
                if a < 10: rolls.append(rng.randint(0, 10 - a))
            else:
                if a == 10:
                    b = rng.randint(0, 10); rolls.append(b)
                    rolls.append(rng.randint(0, 10) if b == 10 else rng.randint(0, 10 - b))
                else:
                    b = rng.randint(0, 10 - a); rolls.append(b)
                    if a + b == 10: rolls.append(rng.randint(0, 10))
        return rolls

    def score_full(rolls):
        s, i = 0, 0
        for f in range(10):
            if rolls[i] == 10: s += 10 + rolls[i + 1] + rolls[i + 2]; i += 1
            elif rolls[i] + rolls[i + 1] == 10: s += 10 + rolls[i + 2]; i += 2
            else: s += rolls[i] + rolls[i + 1]; i += 2
        return s

    rng = random.Random(251)
    for _ in range(300):
        g = game(rng)
        assert candidate(list(g)) == (score_full(g), 10)
        cut = rng.randint(0, len(g))
        s, fr = candidate(g[:cut])
        assert 0 <= fr <= 10 and s <= score_full(g)
