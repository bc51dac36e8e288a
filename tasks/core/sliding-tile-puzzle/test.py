def check(candidate):
    import itertools
    from collections import deque
    assert candidate("123405") == "L"
    assert candidate("123045") == "LL"
    assert candidate("123450") == ""
    assert candidate("213450") is None
    assert candidate("120453") == "U"
    for bad in ["12345", "1234506", "113450", "abcdef", "123456"]:
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
            assert 0 <= nr < 2 and 0 <= nc < 3
            o = nr * 3 + nc; b[g], b[o] = b[o], b[g]
        return "".join(b)
    goal = "123450"; dist = {goal: 0}; dq = deque([goal])
    while dq:
        s = dq.popleft(); g = s.index("0"); r, c = divmod(g, 3)
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            if 0 <= r + dr < 2 and 0 <= c + dc < 3:
                t = list(s); o = (r + dr) * 3 + c + dc; t[g], t[o] = t[o], t[g]; t = "".join(t)
                if t not in dist: dist[t] = dist[s] + 1; dq.append(t)
    for perm in list(itertools.permutations("012345"))[::7]:
        b = "".join(perm)
        got = candidate(b)
        if b not in dist:
            assert got is None, b
            continue
        assert len(got) == dist[b] and apply(b, got) == goal, b
        s = b
        for mv in got:
            for alt in "DLRU":
                if alt >= mv: break
                try:
                    t = apply(s, alt)
                except AssertionError:
                    continue
                assert dist[t] != dist[s] - 1, (b, got)
            s = apply(s, mv)
