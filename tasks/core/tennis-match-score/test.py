def check(candidate):
    import random
    assert candidate(["A", "A", "B"])["points"] == ("30", "15")
    assert candidate([]) == {"sets": [], "games": (0, 0), "points": ("0", "0"), "winner": None}
    deuce = ["A", "A", "A", "B", "B", "B"]
    assert candidate(deuce)["points"] == ("40", "40")
    assert candidate(deuce + ["B"])["points"] == ("40", "AD")
    assert candidate(deuce + ["B", "A"])["points"] == ("40", "40")
    assert candidate(deuce + ["B", "B"])["games"] == (0, 1)
    game_a, game_b = ["A"] * 4, ["B"] * 4
    assert candidate(game_a * 6)["sets"] == [(6, 0)]
    s = (game_a + game_b) * 5 + game_a
    assert candidate(s)["games"] == (6, 5)
    assert candidate(s + game_a)["sets"] == [(7, 5)]
    tb = (game_a + game_b) * 6
    assert candidate(tb)["games"] == (6, 6) and candidate(tb)["points"] == ("0", "0")
    assert candidate(tb + ["A"] * 6 + ["B"] * 6)["points"] == ("6", "6")
    assert candidate(tb + ["A"] * 6 + ["B"] * 6 + ["A", "A"])["sets"] == [(7, 6)]
    assert candidate(tb + ["A"] * 7)["sets"] == [(7, 6)]
    m = candidate(game_a * 12)
    assert m == {"sets": [(6, 0), (6, 0)], "games": None, "points": None, "winner": "A"}
    for bad in [game_a * 12 + ["A"], ["C"], ["a"]]:
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)

    def ref(ps):
        sets, g, sw = [], [0, 0], [0, 0]
        i = 0
        seq = [0 if p == "A" else 1 for p in ps]
        while i < len(seq):
            tbk = g == [6, 6]
            q = [0, 0]
            while i < len(seq):
                q[seq[i]] += 1; i += 1
                t = 7 if tbk else 4
                w = 0 if q[0] > q[1] else 1
                if q[w] >= t and q[w] - q[1 - w] >= 2:
                    g[w] += 1
                    if (g[w] == 6 and g[1 - w] <= 4) or g[w] == 7:
                        sets.append(tuple(g)); sw[w] += 1; g = [0, 0]
                        if sw[w] == 2:
                            return sets, w
                    q = None
                    break
            if q is not None:
                return sets, (tuple(g), q)
        return sets, (tuple(g), [0, 0])

    rng = random.Random(233)
    for _ in range(300):
        bias = rng.random()
        seq = [("A" if rng.random() < bias else "B") for _ in range(rng.randint(0, 200))]
        sets, state = ref(seq)
        if isinstance(state, int):
            k = 0
            # cut the sequence at the winning point
            for L in range(len(seq) + 1):
                s2, st2 = ref(seq[:L])
                if isinstance(st2, int):
                    seq = seq[:L]; break
            got = candidate(seq)
            assert got["winner"] == "AB"[state] and got["sets"] == sets and got["games"] is None
            continue
        g, q = state
        got = candidate(seq)
        assert got["sets"] == sets and got["games"] == g and got["winner"] is None
        if g == (6, 6):
            assert got["points"] == (str(q[0]), str(q[1]))
        elif q[0] >= 3 and q[1] >= 3:
            assert got["points"] == (("40", "40") if q[0] == q[1] else ("AD", "40") if q[0] > q[1] else ("40", "AD"))
        else:
            assert got["points"] == (["0", "15", "30", "40"][q[0]], ["0", "15", "30", "40"][q[1]])
