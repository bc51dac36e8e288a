def check(candidate):
    import random

    assert candidate(["S..F..E"], 3, 2) == 8
    assert candidate(["S..F..E"], 6, 2) == 6
    assert candidate(["S...F.E"], 3, 2) == -1
    assert candidate(["S...F.E"], 4, 2) == 8
    assert candidate(["S..F..E"], 3, 0) == 6
    assert candidate(["S..F..E"], 2, 0) == -1
    assert candidate(["SE"], 1, 5) == 1
    assert candidate(["SE"], 0, 5) == -1
    assert candidate(["S#E"], 9, 0) == -1
    # no wrapping around the edges
    assert candidate(["S#", "##", "E#"], 9, 0) == -1
    assert candidate(["#S", "##", "#E"], 9, 0) == -1
    assert candidate(["E#S"], 9, 0) == -1
    assert candidate([".S#.E"], 9, 0) == -1
    assert candidate(["S#E", "###", "..."], 9, 0) == -1
    assert candidate(["S#.", "#..", "E#."], 9, 0) == -1
    assert candidate(["S", ".", "E"], 2, 0) == 2
    assert candidate(["E", ".", "S"], 2, 0) == 2
    assert candidate(["E.S"], 2, 0) == 2
    assert candidate(["E.S"], 1, 0) == -1
    # detour to a pad off the main corridor, then back again
    g = ["S....E",
         "##F###"]
    assert candidate(g, 5, 1) == 5
    assert candidate(g, 4, 1) == 8
    assert candidate(g, 3, 1) == -1
    assert candidate(g, 2, 1) == -1
    assert candidate(g, 4, 10) == 17
    # recharging is optional: a pad on the way should not be used if not needed
    assert candidate(["SF..E"], 4, 100) == 4
    assert candidate(["SF..E"], 3, 100) == 104
    # shorter path without pads vs longer path through a fast pad
    g2 = ["S.....E",
          ".#####.",
          "...F..."]
    assert candidate(g2, 6, 0) == 6
    assert candidate(g2, 5, 0) == 10
    assert candidate(g2, 5, 3) == 13
    assert candidate(g2, 4, 3) == -1
    assert candidate(g2, 3, 3) == -1
    # two pads, recharge twice
    assert candidate(["S..F..F..E"], 3, 1) == 11
    assert candidate(["S..F..F..E"], 6, 1) == 10
    assert candidate(["S..F..F..E"], 9, 1) == 9
    # recharging with a partly full battery costs the same
    assert candidate(["S.F....E"], 6, 4) == 11
    assert candidate(["S.F....E"], 7, 4) == 7
    # going backwards to a pad first
    assert candidate(["F.S...E"], 4, 0) == 4
    assert candidate(["F.S...E"], 3, 0) == -1
    assert candidate(["F.S..E"], 2, 1) == -1
    assert candidate(["F.S.E"], 2, 1) == 2
    assert candidate([".FS..E"], 2, 1) == -1
    for bad in [["S..."], ["...E"], ["S.E.S"], ["SEE"], [".."]]:
        try:
            candidate(bad, 3, 1)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)

    def oracle(grid, cap, rt):
        R, C = len(grid), len(grid[0])
        INF = float("inf")
        dist = {}
        for r in range(R):
            for c in range(C):
                for k in range(cap + 1):
                    dist[(r, c, k)] = INF
                    if grid[r][c] == "S" and k == cap:
                        dist[(r, c, k)] = 0
        changed = True
        while changed:
            changed = False
            for (r, c, k), d in list(dist.items()):
                if d == INF:
                    continue
                outs = []
                if grid[r][c] == "F":
                    outs.append(((r, c, cap), d + rt))
                if k >= 1:
                    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                        nr, nc = r + dr, c + dc
                        if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#":
                            outs.append(((nr, nc, k - 1), d + 1))
                for key, nd in outs:
                    if nd < dist[key]:
                        dist[key] = nd
                        changed = True
        best = min(v for (r, c, k), v in dist.items() if grid[r][c] == "E")
        return -1 if best == INF else best

    rng = random.Random(17)
    for _ in range(60):
        R, C = rng.randint(1, 4), rng.randint(2, 5)
        cells = [[rng.choice("..#F") for _ in range(C)] for _ in range(R)]
        spots = rng.sample([(r, c) for r in range(R) for c in range(C)], 2)
        cells[spots[0][0]][spots[0][1]] = "S"
        cells[spots[1][0]][spots[1][1]] = "E"
        grid = ["".join(row) for row in cells]
        cap, rt = rng.randint(0, 5), rng.randint(0, 4)
        assert candidate(grid, cap, rt) == oracle(grid, cap, rt), (grid, cap, rt)
