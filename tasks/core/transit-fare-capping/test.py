def check(candidate):
    def raises(*args):
        try:
            candidate(*args)
        except ValueError:
            return True
        return False

    assert candidate([(0, 250), (0, 250), (0, 250), (1, 250)], 600, 10000) == [250, 250, 100, 250]
    assert candidate([(0, 500), (1, 500), (2, 500)], 600, 1200) == [500, 500, 200]
    assert candidate([], 600, 2000) == []
    assert candidate([(3, 120)], 600, 2000) == [120]
    assert candidate([(3, 0)], 600, 2000) == [0]
    # reaching the daily cap exactly, then free rides
    assert candidate([(0, 300), (0, 300), (0, 300), (0, 50)], 600, 5000) == [300, 300, 0, 0]
    # single ride above the cap
    assert candidate([(0, 900)], 600, 5000) == [600]
    # new day resets daily total
    assert candidate([(0, 600), (1, 600), (1, 1)], 600, 5000) == [600, 600, 0]
    # weekly cap over several days, reset at day 7 but not at day 6
    rides = [(0, 400), (2, 400), (4, 400), (6, 400), (7, 400), (13, 400), (14, 400)]
    assert candidate(rides, 600, 1000) == [400, 400, 200, 0, 400, 400, 400]
    rides = [(5, 500), (6, 500), (7, 500), (8, 500)]
    assert candidate(rides, 600, 800) == [500, 300, 500, 300]
    # week reset even when days are not consecutive
    rides = [(1, 700), (15, 700), (15, 700), (16, 700)]
    assert candidate(rides, 1000, 1500) == [700, 700, 300, 500]
    # both caps interacting on one ride: the tighter one wins
    assert candidate([(0, 500), (1, 500), (1, 500)], 800, 1200) == [500, 500, 200]
    assert candidate([(0, 500), (1, 500), (1, 500)], 700, 1800) == [500, 500, 200]
    # same day repeated after a week change: daily total resets with the week
    rides = [(6, 600), (7, 100)]
    assert candidate(rides, 600, 600) == [600, 100]
    # day 14 vs day 13 boundary and week of large day numbers
    assert candidate([(13, 300), (14, 300)], 1000, 300) == [300, 300]
    assert candidate([(12, 300), (13, 300)], 1000, 300) == [300, 0]
    assert candidate([(69, 300), (70, 300), (76, 300), (77, 1)], 1000, 600) == [300, 300, 300, 1]
    # caps of zero
    assert candidate([(0, 100), (1, 50)], 0, 1000) == [0, 0]
    # brute force comparison
    import random
    rng = random.Random(3)
    for _ in range(200):
        day = rng.randint(0, 3)
        rides = []
        for _ in range(rng.randint(0, 10)):
            day += rng.choice([0, 0, 1, 2, 5])
            rides.append((day, rng.randint(0, 400)))
        dc, wc = rng.randint(0, 800), rng.randint(0, 2000)
        exp = []
        for i, (d, f) in enumerate(rides):
            spent_d = sum(exp[j] for j in range(i) if rides[j][0] == d)
            spent_w = sum(exp[j] for j in range(i) if rides[j][0] // 7 == d // 7)
            exp.append(min(f, dc - spent_d, wc - spent_w))
        assert candidate(list(rides), dc, wc) == exp, (rides, dc, wc)
    # errors
    assert raises([(0, 100), (0, -1)], 600, 2000)
    assert raises([(-0, -5)], 600, 2000)
    assert raises([(3, 100), (2, 100)], 600, 2000)
    assert not raises([(3, 100), (3, 100), (4, 0)], 600, 2000)
