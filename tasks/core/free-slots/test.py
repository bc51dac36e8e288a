def check(candidate):
    import random

    assert candidate([(600, 660), (540, 570)], 480, 720, 30) == [(480, 540), (570, 600), (660, 720)]
    assert candidate([(500, 600), (550, 700)], 480, 720, 25) == []
    assert candidate([(500, 600), (550, 700)], 480, 720, 20) == [(480, 500), (700, 720)]
    assert candidate([], 0, 100, 100) == [(0, 100)]
    assert candidate([], 0, 100, 101) == []
    assert candidate([(0, 1440)], 480, 720, 1) == []
    assert candidate([(400, 500), (700, 800)], 480, 720, 1) == [(500, 700)]
    assert candidate([(10, 20), (20, 30)], 0, 40, 1) == [(0, 10), (30, 40)]
    assert candidate([(10, 20)], 0, 40, 10) == [(0, 10), (20, 40)]
    rng = random.Random(8)
    for _ in range(200):
        day_start, day_end = rng.randint(0, 30), rng.randint(30, 60)
        busy = []
        for _ in range(rng.randint(0, 5)):
            s = rng.randint(-5, 65)
            busy.append((s, s + rng.randint(1, 15)))
        min_length = rng.randint(1, 8)
        free = [t for t in range(day_start, day_end) if not any(s <= t < e for s, e in busy)]
        expected = []
        for t in free:
            if expected and expected[-1][1] == t:
                expected[-1][1] = t + 1
            else:
                expected.append([t, t + 1])
        expected = [(s, e) for s, e in expected if e - s >= min_length]
        assert candidate(busy, day_start, day_end, min_length) == expected, (busy, day_start, day_end, min_length)
