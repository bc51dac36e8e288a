def check(candidate):
    import random

    r3 = [(0, 2, 2, 5), (0, 1, 3, 1), (1, 2, 3, 1)]
    assert candidate(3, r3, 0, 2, 4) == 6
    assert candidate(3, r3, 0, 2, 5) == 2
    assert candidate(3, r3, 0, 2, 1) == -1
    assert candidate(3, r3, 0, 2, 2) == 6
    assert candidate(3, r3, 2, 0, 2) == 6
    assert candidate(2, [(0, 1, 4, 3)], 0, 1, 2) == -1
    assert candidate(2, [(0, 1, 4, 3)], 0, 1, 3) == 4
    assert candidate(2, [(0, 1, 4, 3)], 1, 0, 3) == 4
    # start == goal
    assert candidate(1, [], 0, 0, 0) == 0
    assert candidate(3, r3, 1, 1, 0) == 0
    # negative budget
    assert candidate(1, [], 0, 0, -1) == -1
    assert candidate(3, r3, 0, 2, -1) == -1
    # unreachable
    assert candidate(4, [(0, 1, 1, 0), (2, 3, 1, 0)], 0, 3, 100) == -1
    # parallel roads: cheap slow vs pricey fast
    par = [(0, 1, 10, 0), (0, 1, 3, 7), (0, 1, 5, 2)]
    assert candidate(2, par, 0, 1, 0) == 10
    assert candidate(2, par, 0, 1, 1) == 10
    assert candidate(2, par, 0, 1, 2) == 5
    assert candidate(2, par, 0, 1, 6) == 5
    assert candidate(2, par, 0, 1, 7) == 3
    # self loop never helps
    assert candidate(2, [(0, 0, 1, 0), (0, 1, 2, 1)], 0, 1, 1) == 2
    # a cheap detour must be used when a fast node is reached expensively first
    g = [(0, 1, 1, 5), (0, 2, 4, 0), (2, 1, 1, 0), (1, 3, 1, 0)]
    assert candidate(4, g, 0, 3, 5) == 2
    assert candidate(4, g, 0, 3, 4) == 6
    # node reached fast but at high toll, then needs pricey edge
    g2 = [(0, 1, 1, 3), (0, 2, 1, 0), (2, 1, 5, 0), (1, 3, 1, 2)]
    assert candidate(4, g2, 0, 3, 5) == 2
    assert candidate(4, g2, 0, 3, 4) == 7
    assert candidate(4, g2, 0, 3, 2) == 7
    assert candidate(4, g2, 0, 3, 1) == -1
    # zero toll everywhere = plain shortest path
    z = [(0, 1, 7, 0), (0, 2, 2, 0), (2, 1, 2, 0), (1, 3, 1, 0), (2, 3, 9, 0)]
    assert candidate(4, z, 0, 3, 0) == 5

    def oracle(n, roads, s, t, budget):
        if budget < 0:
            return -1
        adj = [[] for _ in range(n)]
        for a, b, m, c in roads:
            adj[a].append((b, m, c))
            adj[b].append((a, m, c))
        best = [None]

        def dfs(u, seen, time, toll):
            if toll > budget:
                return
            if u == t:
                if best[0] is None or time < best[0]:
                    best[0] = time
                return
            for v, m, c in adj[u]:
                if v not in seen:
                    seen.add(v)
                    dfs(v, seen, time + m, toll + c)
                    seen.discard(v)

        dfs(s, {s}, 0, 0)
        return -1 if best[0] is None else best[0]

    rng = random.Random(7)
    for _ in range(300):
        n = rng.randint(1, 6)
        roads = []
        for _ in range(rng.randint(0, 9)):
            roads.append((rng.randrange(n), rng.randrange(n), rng.randint(1, 9), rng.randint(0, 5)))
        s, t = rng.randrange(n), rng.randrange(n)
        budget = rng.randint(-1, 12)
        assert candidate(n, list(roads), s, t, budget) == oracle(n, roads, s, t, budget), (n, roads, s, t, budget)
