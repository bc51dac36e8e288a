def check(candidate):
    import random
    from collections import deque
    assert candidate(["#####", "#P.B.T", "#####"]) == (2, 3)
    assert candidate(["PBT"]) == (1, 1)
    assert candidate(["TBP"]) == (1, 1)
    assert candidate(["BTP"]) == -1
    for bad in [["PB"], ["PBTT"], ["P.B", "B.T"], ["..."]]:
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    def solve(g):
        R = len(g); pos = {ch: (r, c) for r, row in enumerate(g) for c, ch in enumerate(row) if ch in "PBT"}
        ok = lambda r, c: 0 <= r < R and 0 <= c < len(g[r]) and g[r][c] != "#"
        # 0-1 layered BFS on pushes, BFS on moves within each layer via Dijkstra-by-hand
        import heapq
        dist = {(pos["P"], pos["B"]): (0, 0)}; h = [(0, 0, pos["P"], pos["B"])]
        while h:
            p, m, pl, bx = heapq.heappop(h)
            if dist[(pl, bx)] != (p, m): continue
            if bx == pos["T"]: return (p, m)
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                n = (pl[0] + dr, pl[1] + dc)
                if not ok(*n): continue
                if n == bx:
                    nb = (n[0] + dr, n[1] + dc)
                    if not ok(*nb): continue
                    st, cost = (n, nb), (p + 1, m + 1)
                else:
                    st, cost = (n, bx), (p, m + 1)
                if st not in dist or cost < dist[st]:
                    dist[st] = cost; heapq.heappush(h, (*cost, *st))
        return -1
    rng = random.Random(373)
    for _ in range(150):
        R, C = rng.randint(1, 5), rng.randint(3, 6)
        cells = [[rng.choice("..#") for _ in range(C)] for _ in range(R)]
        spots = rng.sample([(r, c) for r in range(R) for c in range(C)], 3)
        for ch, (r, c) in zip("PBT", spots): cells[r][c] = ch
        g = ["".join(row) for row in cells]
        assert candidate(g) == solve(g), g
    assert candidate(["P.", "BT"]) == solve(["P.", "BT"])
    assert candidate([".....", ".P...", "..B..", "...T."]) == solve([".....", ".P...", "..B..", "...T."])
