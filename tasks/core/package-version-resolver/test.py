def check(candidate):
    import itertools, random
    idx = {"app": {2: {"lib": (2, 3)}, 1: {"lib": (1, 1)}}, "lib": {3: {}, 1: {}}}
    assert candidate(idx, {"app": (1, 2)}) == {"app": 2, "lib": 3}
    assert candidate(idx, {"app": (1, 2), "lib": (1, 1)}) == {"app": 1, "lib": 1}
    assert candidate(idx, {"app": (3, 5)}) is None
    assert candidate(idx, {}) == {}
    conflict = {"a": {1: {"c": (2, 2)}}, "b": {1: {"c": (1, 1)}, 2: {"c": (2, 2)}}, "c": {1: {}, 2: {}}}
    assert candidate(conflict, {"a": (1, 1), "b": (1, 2)}) == {"a": 1, "b": 2, "c": 2}
    late = {"a": {2: {"z": (1, 1)}, 1: {}}, "m": {1: {"z": (2, 2)}}, "z": {1: {}, 2: {}}}
    assert candidate(late, {"a": (1, 2), "m": (1, 1)}) == {"a": 1, "m": 1, "z": 2}
    try:
        candidate({"a": {1: {"ghost": (1, 1)}}}, {"a": (1, 1)})
    except ValueError:
        pass
    else:
        raise AssertionError("missing package")

    def brute(index, req):
        names = sorted(index)
        best = None
        # emulate the documented DFS order by checking all assignments in the same preference order
        def ok(assign):
            need = set(req)
            for n, v in assign.items():
                need |= set(index[n][v])
            if set(assign) != need: return False
            for n, (lo, hi) in req.items():
                if not lo <= assign[n] <= hi: return False
            for n, v in assign.items():
                for d, (lo, hi) in index[n][v].items():
                    if not lo <= assign[d] <= hi: return False
            return True
        sols = []
        for k in range(len(names) + 1):
            for subset in itertools.combinations(names, k):
                for vs in itertools.product(*[sorted(index[n]) for n in subset]):
                    a = dict(zip(subset, vs))
                    if ok(a): sols.append(a)
        return sols

    rng = random.Random(307)
    for _ in range(200):
        names = ["a", "b", "c", "d"][:rng.randint(1, 4)]
        index = {}
        for i, n in enumerate(names):
            index[n] = {}
            for v in rng.sample([1, 2, 3], rng.randint(1, 3)):
                deps = {}
                for m in names[i + 1:]:
                    if rng.random() < 0.4:
                        lo = rng.randint(1, 3); deps[m] = (lo, rng.randint(lo, 3))
                index[n][v] = deps
        req = {names[0]: (1, 3)}
        got = candidate(index, req)
        sols = brute(index, req)
        if got is None:
            assert sols == []
        else:
            assert got in sols
            # newest-first on the first package decided in alphabetical order
            assert got[names[0]] == max(s[names[0]] for s in sols)
