def check(candidate):
    import random

    q = [(2, "A4"), (3, "A3"), (1, "A3")]
    assert candidate(q, 10, 3, 5, 2) == (7, [3])
    assert candidate(q, 10, 3, 5, 9) == (10, [1, 2])
    # tie between splitting and switching: equal cost -> fewer paper changes
    assert candidate(q, 10, 3, 5, 5) == (10, [1, 2])
    assert candidate(q, 10, 3, 5, 4) == (9, [3])
    assert candidate([(2, "A4"), (9, "A4")], 8, 5, 1, 0) is None
    assert candidate([], 5, 2, 3, 4) == (0, [])
    assert candidate([], 0, 0, 3, 4) == (0, [])
    assert candidate([(1, "A4")], 1, 1, 3, 4) == (3, [1])
    assert candidate([(1, "A4")], 1, 0, 3, 4) is None
    assert candidate([(1, "A4")], 0, 1, 3, 4) is None
    # capacity exactly reached
    assert candidate([(3, "x"), (2, "x"), (5, "x")], 5, 9, 1, 0) == (2, [2, 1])
    assert candidate([(3, "x"), (2, "x"), (5, "x")], 10, 9, 1, 0) == (1, [3])
    assert candidate([(3, "x"), (2, "x"), (5, "x")], 9, 9, 1, 0) == (2, [2, 1])
    assert candidate([(3, "x"), (2, "x"), (5, "x")], 7, 9, 1, 0) == (2, [2, 1])
    assert candidate([(3, "x"), (2, "x"), (5, "x")], 4, 9, 1, 0) is None
    # max_jobs limit, lexicographically largest sizes
    five = [(1, "p")] * 5
    assert candidate(five, 100, 2, 1, 0) == (3, [2, 2, 1])
    assert candidate(five, 100, 3, 1, 0) == (2, [3, 2])
    assert candidate(five, 100, 5, 1, 0) == (1, [5])
    assert candidate(five, 100, 1, 1, 0) == (5, [1, 1, 1, 1, 1])
    assert candidate(five, 3, 5, 1, 0) == (2, [3, 2])
    mix = [(1, "a"), (1, "b"), (1, "a"), (1, "b")]
    runs = [(1, "a"), (1, "a"), (1, "b"), (1, "b"), (1, "b"), (1, "a")]
    # free costs: fewest paper changes decides, then largest sizes
    assert candidate(mix, 100, 4, 0, 0) == (0, [1, 1, 1, 1])
    assert candidate(mix, 100, 4, 0, 1) == (0, [1, 1, 1, 1])
    assert candidate(mix, 100, 4, 1, 1) == (4, [1, 1, 1, 1])
    assert candidate(mix, 100, 3, 1, 0) == (2, [3, 1])
    assert candidate(five, 100, 2, 0, 0) == (0, [2, 2, 1])
    assert candidate(runs, 100, 6, 0, 0) == (0, [2, 3, 1])
    assert candidate(runs, 100, 6, 2, 1) == (4, [6])
    assert candidate(mix, 100, 4, 2, 1) == (5, [4])
    assert candidate(mix, 100, 3, 2, 1) == (6, [3, 1])
    assert candidate(mix, 100, 3, 1, 1) == (4, [1, 1, 1, 1])
    # splitting only at paper changes
    assert candidate(runs, 100, 6, 3, 4) == (9, [2, 3, 1])
    assert candidate(runs, 100, 6, 3, 3) == (9, [2, 3, 1])
    assert candidate(runs, 100, 6, 4, 3) == (10, [6])
    assert candidate(runs, 4, 6, 3, 4) == (9, [2, 3, 1])
    assert candidate(runs, 4, 6, 3, 1) == (7, [2, 4])

    def oracle(jobs, capacity, max_jobs, setup, switch):
        n = len(jobs)
        if n == 0:
            return (0, [])
        best = None
        for mask in range(1 << (n - 1)):
            sizes, cost, ok, start, sw = [], 0, True, 0, 0
            for i in range(n):
                if i == n - 1 or mask >> i & 1:
                    part = jobs[start:i + 1]
                    if len(part) > max_jobs or sum(p for p, _ in part) > capacity:
                        ok = False
                        break
                    changes = sum(1 for k in range(1, len(part)) if part[k][1] != part[k - 1][1])
                    cost += setup + switch * changes
                    sw += changes
                    sizes.append(len(part))
                    start = i + 1
            if ok:
                key = (cost, sw, [-s for s in sizes])
                if best is None or key < best:
                    best = key
        return None if best is None else (best[0], [-s for s in best[2]])

    rng = random.Random(99)
    for _ in range(300):
        n = rng.randint(0, 8)
        jobs = [(rng.randint(1, 5), rng.choice("ABC")) for _ in range(n)]
        args = (jobs, rng.randint(0, 14), rng.randint(0, 5), rng.randint(0, 4), rng.randint(0, 4))
        assert candidate(list(jobs), *args[1:]) == oracle(*args), args
