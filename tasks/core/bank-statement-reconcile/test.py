def check(candidate):
    import datetime, random
    d = datetime.date
    assert candidate([(d(2024, 1, 5), -500), (d(2024, 1, 6), 900)], [(d(2024, 1, 7), -500), (d(2024, 1, 2), 900)], 2) == ([(0, 0)], [1], [1])
    assert candidate([], [], 3) == ([], [], [])
    assert candidate([(d(2024, 1, 5), 100)], [(d(2024, 1, 3), 100), (d(2024, 1, 6), 100)], 5) == ([(0, 1)], [], [0])
    assert candidate([(d(2024, 1, 5), 100)], [(d(2024, 1, 6), 100), (d(2024, 1, 4), 100)], 5) == ([(0, 0)], [], [1])
    assert candidate([(d(2024, 1, 9), 100), (d(2024, 1, 1), 100)], [(d(2024, 1, 5), 100)], 5) == ([(1, 0)], [0], [])
    assert candidate([(d(2024, 1, 1), 100)], [(d(2024, 1, 1), 101)], 0) == ([], [0], [0])
    try:
        candidate([], [], -1)
    except ValueError:
        pass
    else:
        raise AssertionError("negative")
    rng = random.Random(353)
    for _ in range(300):
        base = d(2024, 3, 1)
        led = [(base + datetime.timedelta(days=rng.randint(0, 10)), rng.choice([100, 200, -50])) for _ in range(rng.randint(0, 6))]
        st = [(base + datetime.timedelta(days=rng.randint(0, 10)), rng.choice([100, 200, -50])) for _ in range(rng.randint(0, 6))]
        k = rng.randint(0, 4)
        free = list(range(len(st))); pairs = []
        for i in sorted(range(len(led)), key=lambda i: (led[i][0], i)):
            c = [(abs((st[j][0] - led[i][0]).days), j) for j in free if st[j][1] == led[i][1] and abs((st[j][0] - led[i][0]).days) <= k]
            if c:
                j = min(c)[1]; free.remove(j); pairs.append((i, j))
        m = {i for i, _ in pairs}
        assert candidate(led, st, k) == (pairs, [i for i in range(len(led)) if i not in m], sorted(free))
