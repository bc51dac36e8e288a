def check(candidate):
    import random
    assert candidate("123456708") == "L"
    assert candidate("123456078") == "LL"
    assert candidate("123456087") is None
    assert candidate("123456780") == ""
    assert candidate("123456870") is None
    assert candidate("123405786") == "LU"
    for bad in ["12345678", "123456789", "1234567800", "113456780", "abcdefghi"]:
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    def apply(b, m):
        b = list(b)
        for mv in m:
            g = b.index("0"); r, c = divmod(g, 3)
            dr, dc = {"D": (-1, 0), "U": (1, 0), "L": (0, 1), "R": (0, -1)}[mv]
            nr, nc = r + dr, c + dc
            assert 0 <= nr < 3 and 0 <= nc < 3
            o = nr * 3 + nc; b[g], b[o] = b[o], b[g]
        return "".join(b)
    from collections import deque
    goal = "123456780"; dist = {goal: 0}; dq = deque([goal])
    while dq:
        s = dq.popleft(); g = s.index("0"); r, c = divmod(g, 3)
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            if 0 <= r + dr < 3 and 0 <= c + dc < 3:
                t = list(s); o = (r + dr) * 3 + c + dc; t[g], t[o] = t[o], t[g]; t = "".join(t)
                if t not in dist: dist[t] = dist[s] + 1; dq.append(t)
    rng = random.Random(419)
    for _ in range(40):
        b = list("012345678"); rng.shuffle(b); b = "".join(b)
        got = candidate(b)
        if b not in dist:
            assert got is None; continue
        assert len(got) == dist[b] and apply(b, got) == goal
        # alphabetically smallest among shortest: each prefix choice is the smallest letter that stays optimal
        s = b
        for mv in got:
            for alt in "DLRU":
                if alt >= mv: break
                try:
                    t = apply(s, alt)
                except AssertionError:
                    continue
                assert dist[t] != dist[s] - 1
            s = apply(s, mv)
