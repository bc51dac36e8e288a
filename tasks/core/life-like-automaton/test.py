def check(candidate):
    import random
    blinker = [".....", "..#..", "..#..", "..#..", "....."]
    assert candidate(blinker, "B3/S23", 1) == [".....", ".....", ".###.", ".....", "....."]
    assert candidate(blinker, "B3/S23", 2) == blinker
    assert candidate(blinker, "B3/S23", 0) == blinker
    assert candidate([], "B3/S23", 3) == []
    assert candidate(["#"], "B/S", 1) == ["."]
    assert candidate(["#"], "B/S0", 1) == ["#"]
    assert candidate(["...", ".#.", "..."], "B1/S", 1, "von_neumann") == [".#.", "#.#", ".#."]
    assert candidate(["#..", "...", "..."], "B1/S", 1, "moore", True) == [".##", "###", "###"]
    assert candidate(["#..", "...", "..."], "B1/S", 1, "moore", False) == [".#.", "##.", "..."]
    for bad in [("B3S23", "moore"), ("B9/S23", "moore"), ("b3/s23", "moore"), ("B3/S23", "hex")]:
        try:
            candidate(blinker, bad[0], 1, bad[1])
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    rng = random.Random(293)
    for _ in range(120):
        R, C = rng.randint(1, 6), rng.randint(1, 6)
        g = ["".join(rng.choice("#..") for _ in range(C)) for _ in range(R)]
        b = "".join(sorted(set(rng.choice("012345678") for _ in range(rng.randint(0, 3)))))
        s = "".join(sorted(set(rng.choice("012345678") for _ in range(rng.randint(0, 3)))))
        nb = rng.choice(["moore", "von_neumann"]); wrap = rng.random() < 0.5; gens = rng.randint(0, 4)
        offs = [(a, c) for a in (-1, 0, 1) for c in (-1, 0, 1) if (a, c) != (0, 0)] if nb == "moore" else [(-1, 0), (1, 0), (0, -1), (0, 1)]
        cur = {(r, c) for r in range(R) for c in range(C) if g[r][c] == "#"}
        for _ in range(gens):
            new = set()
            for r in range(R):
                for c in range(C):
                    n = 0
                    for a, d in offs:
                        rr, cc = r + a, c + d
                        if wrap: rr, cc = rr % R, cc % C
                        n += (rr, cc) in cur
                    if ((r, c) in cur and str(n) in s) or ((r, c) not in cur and str(n) in b): new.add((r, c))
            cur = new
        want = ["".join("#" if (r, c) in cur else "." for c in range(C)) for r in range(R)]
        assert candidate(g, f"B{b}/S{s}", gens, nb, wrap) == want
