def check(candidate):
    import random
    assert candidate(3, [(0, 1, 5, 0, 100), (1, 2, 5, 20, 30)], 0, 2, 0) == 25
    assert candidate(3, [(0, 1, 5, 0, 100), (1, 2, 5, 20, 30)], 0, 2, 40) == -1
    assert candidate(2, [], 1, 1, 7) == 7
    assert candidate(2, [], 0, 1, 0) == -1
    assert candidate(3, [(0, 2, 50, 0, 10), (0, 1, 5, 0, 100), (1, 2, 5, 0, 100)], 0, 2, 0) == 10
    assert candidate(3, [(0, 2, 5, 10, 10), (0, 1, 1, 0, 100), (1, 2, 20, 0, 100)], 0, 2, 0) == 15
    assert candidate(2, [(1, 0, 3, 0, 0)], 0, 1, 0) == 3
    assert candidate(2, [(1, 0, 3, 0, 0)], 0, 1, 1) == -1
    rng = random.Random(347)
    for _ in range(250):
        n = rng.randint(1, 6)
        roads = []
        for _ in range(rng.randint(0, 9)):
            lo = rng.randint(0, 30); roads.append((rng.randrange(n), rng.randrange(n), rng.randint(1, 10), lo, lo + rng.randint(0, 20)))
        s, g, t0 = rng.randrange(n), rng.randrange(n), rng.randint(0, 20)
        # brute force over time: earliest arrival via relaxation until stable
        best = {s: t0}
        changed = True
        while changed:
            changed = False
            for a, b, m, lo, hi in roads:
                for x, y in ((a, b), (b, a)):
                    if x in best and max(best[x], lo) <= hi:
                        t = max(best[x], lo) + m
                        if y not in best or t < best[y]:
                            best[y] = t; changed = True
        assert candidate(n, roads, s, g, t0) == best.get(g, -1), (n, roads, s, g, t0)
