def check(candidate):
    assert candidate([10, 3, 5, 30, 12, 11], 5) == (10, 3)
    assert candidate([0, 4, 8], 4) == (0, 1)
    assert candidate([], 5) is None
    assert candidate([42], 1) == (42, 1)
    # duplicates count separately
    assert candidate([7, 7, 7, 2], 1) == (7, 3)
    assert candidate([2, 7, 7, 7], 1) == (7, 3)
    # half-open: a swipe at start + width is not included
    assert candidate([0, 4, 8], 5) == (0, 2)
    assert candidate([0, 3, 6, 9], 3) == (0, 1)
    assert candidate([0, 3, 6, 9], 4) == (0, 2)
    # ties -> earliest start
    assert candidate([100, 1, 2, 50, 51], 2) == (1, 2)
    # later window strictly better
    assert candidate([1, 20, 21, 22, 2], 3) == (20, 3)
    # duplicates at the window start must be counted
    assert candidate([5, 5, 6, 1, 2, 3], 2) == (5, 3)
    assert candidate([1, 1, 1, 2, 2, 2, 2], 1) == (2, 4)
    assert candidate([1, 1, 1, 2, 2, 2], 1) == (1, 3)
    # negative times
    assert candidate([-10, -9, -8, 0], 3) == (-10, 3)
    # big width covers all
    assert candidate([9, 1, 5, 5, 3], 1000) == (1, 5)
    # width 1 with unique times
    assert candidate([3, 1, 2], 1) == (1, 1)
    # brute force comparison
    import random
    rng = random.Random(7)
    for _ in range(200):
        n = rng.randint(1, 12)
        sw = [rng.randint(-5, 25) for _ in range(n)]
        w = rng.randint(1, 8)
        best = None
        for s in sorted(set(sw)):
            c = sum(1 for t in sw if s <= t < s + w)
            if best is None or c > best[1]:
                best = (s, c)
        assert candidate(list(sw), w) == best, (sw, w)
    for bad in (0, -3):
        try:
            candidate([1, 2, 3], bad)
        except ValueError:
            pass
        else:
            assert False, "expected ValueError"
    try:
        candidate([], 0)
    except ValueError:
        pass
    else:
        assert False, "expected ValueError"
