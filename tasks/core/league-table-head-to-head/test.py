def check(candidate):
    import random

    assert candidate(["Ash", "Elm", "Oak"], [("Ash", "Elm", 0, 1), ("Oak", "Ash", 0, 5), ("Elm", "Oak", 2, 2)]) == \
        ["Elm", "Ash", "Oak"]
    # head-to-head beats better goal difference
    assert candidate(["Ash", "Elm", "Oak"], [("Ash", "Oak", 9, 0), ("Elm", "Oak", 1, 0), ("Ash", "Elm", 0, 1)]) == \
        ["Elm", "Ash", "Oak"]
    assert candidate([], []) == []
    assert candidate(["Solo"], []) == ["Solo"]
    # no matches: alphabetical
    assert candidate(["Pine", "Birch", "Yew", "Ash"], []) == ["Ash", "Birch", "Pine", "Yew"]
    # points first, teams without matches at 0 points; a loser with 0 points and bad GD ranks last
    assert candidate(["Ash", "Elm", "Oak", "Yew"], [("Ash", "Elm", 2, 0)]) == ["Ash", "Oak", "Yew", "Elm"]
    assert candidate(["Ash", "Elm", "Oak"], [("Ash", "Elm", 1, 1)]) == ["Ash", "Elm", "Oak"]
    assert candidate(["Ash", "Elm", "Oak"], [("Ash", "Elm", 1, 1), ("Oak", "Elm", 0, 0)]) == ["Elm", "Ash", "Oak"]
    # level on points, drew each other: overall goal difference, then goals, then name
    t = ["Ash", "Elm", "Oak"]
    m = [("Ash", "Elm", 1, 1), ("Ash", "Oak", 3, 0), ("Elm", "Oak", 2, 0)]
    assert candidate(t, m) == ["Ash", "Elm", "Oak"]
    m = [("Ash", "Elm", 1, 1), ("Ash", "Oak", 1, 0), ("Elm", "Oak", 2, 1)]
    assert candidate(t, m) == ["Elm", "Ash", "Oak"]
    m = [("Elm", "Ash", 1, 1), ("Ash", "Oak", 2, 1), ("Elm", "Oak", 2, 1)]
    assert candidate(t, m) == ["Ash", "Elm", "Oak"]
    # level teams that never met: overall goal difference
    m = [("Ash", "Oak", 1, 0), ("Elm", "Oak", 4, 0)]
    assert candidate(t, m) == ["Elm", "Ash", "Oak"]
    # two meetings: aggregated in the mini-table (one win each, goal difference decides)
    m = [("Ash", "Elm", 1, 0), ("Elm", "Ash", 3, 0), ("Ash", "Oak", 9, 0), ("Elm", "Oak", 1, 0)]
    assert candidate(t, m) == ["Elm", "Ash", "Oak"]
    m = [("Ash", "Elm", 1, 0), ("Elm", "Ash", 3, 0), ("Ash", "Oak", 5, 0), ("Oak", "Elm", 0, 0), ("Elm", "Oak", 0, 1)]
    assert candidate(t, m) == ["Ash", "Oak", "Elm"]
    # mini-table goal difference then mini-table goals scored
    m = [("Ash", "Elm", 3, 0), ("Elm", "Oak", 1, 0), ("Oak", "Ash", 1, 0)]
    assert candidate(t, m) == ["Ash", "Oak", "Elm"]
    m = [("Ash", "Elm", 2, 1), ("Elm", "Oak", 2, 1), ("Oak", "Ash", 2, 1)]
    assert candidate(t, m) == ["Ash", "Elm", "Oak"]
    m = [("Ash", "Elm", 2, 1), ("Elm", "Oak", 3, 2), ("Oak", "Ash", 1, 0)]
    assert candidate(t, m) == ["Elm", "Oak", "Ash"]
    # mini-table splits off one team, the other two are re-split by their own match
    teams = ["W", "X", "Y", "Z"]
    m = [("X", "Y", 1, 0), ("Z", "X", 2, 1), ("Y", "Z", 2, 1), ("X", "W", 1, 0), ("Y", "W", 5, 0), ("Z", "W", 1, 0)]
    assert candidate(teams, m) == ["Z", "X", "Y", "W"]
    # the mini-table splits off one team; the remaining two drew: overall goal difference decides
    m = [("X", "Y", 1, 1), ("X", "Z", 1, 0), ("Y", "Z", 1, 0), ("Z", "W", 1, 0), ("Z", "W", 0, 0),
         ("W", "X", 3, 0), ("W", "Y", 1, 0)]
    assert candidate(teams, m) == ["W", "Y", "X", "Z"]
    assert candidate(["Z", "Y", "X", "W"], m) == ["W", "Y", "X", "Z"]
    # errors
    for tm, mm in [(["A", "A"], []), (["A", "B"], [("A", "C", 1, 0)]), (["A", "B"], [("C", "A", 1, 0)]),
                   (["A", "B"], [("A", "A", 1, 0)]), (["A", "B"], [("A", "B", -1, 0)]), (["A", "B"], [("A", "B", 0, -2)]),
                   (["A", "B"], [("A", "B", 0, -1)]), (["A", "B"], [("B", "A", 2, 0), ("A", "B", 1, -1)])]:
        try:
            candidate(tm, mm)
        except ValueError:
            pass
        else:
            raise AssertionError((tm, mm))

    def oracle(teams, matches):
        def stats(group):
            out = {}
            for tm in group:
                p = gd = gf = 0
                for h, a, x, y in matches:
                    if h in group and a in group and tm in (h, a):
                        mine, theirs = (x, y) if tm == h else (y, x)
                        p += 3 if mine > theirs else (1 if mine == theirs else 0)
                        gd += mine - theirs
                        gf += mine
                out[tm] = (p, gd, gf)
            return out

        allst = stats(teams)

        def order(group, h2h):
            if len(group) < 2:
                return list(group)
            if not h2h:
                return sorted(group, key=lambda tm: (-allst[tm][1], -allst[tm][2], tm))
            st = stats(group)
            keys = sorted({st[tm] for tm in group}, reverse=True)
            if len(keys) == 1:
                return order(group, False)
            res = []
            for k in keys:
                res += order([tm for tm in group if st[tm] == k], True)
            return res

        res = []
        for p in sorted({allst[tm][0] for tm in teams}, reverse=True):
            res += order([tm for tm in teams if allst[tm][0] == p], True)
        return res

    rng = random.Random(12)
    pool = ["Ash", "Elm", "Oak", "Yew", "Fir", "Bay"]
    for _ in range(300):
        teams = rng.sample(pool, rng.randint(2, 6))
        matches = []
        for _ in range(rng.randint(0, 10)):
            h, a = rng.sample(teams, 2)
            matches.append((h, a, rng.randint(0, 2), rng.randint(0, 2)))
        assert candidate(list(teams), list(matches)) == oracle(teams, matches), (teams, matches)
