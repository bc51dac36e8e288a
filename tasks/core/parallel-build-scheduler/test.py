def check(candidate):
    import random

    t = {"a": (2, []), "b": (1, []), "c": (3, ["b"])}
    assert candidate(t, 1) == [("b", 0), ("c", 1), ("a", 4)]
    assert candidate(t, 2) == [("b", 0), ("a", 0), ("c", 1)]
    assert candidate(t, 5) == [("b", 0), ("a", 0), ("c", 1)]
    assert candidate({}, 1) == []
    assert candidate({"x": (5, [])}, 3) == [("x", 0)]
    # ties by name
    assert candidate({"b": (2, []), "a": (2, []), "c": (2, [])}, 2) == [("a", 0), ("b", 0), ("c", 2)]
    # critical length beats duration: long leaf vs short with long chain
    chain = {"long": (5, []), "s": (1, []), "m": (2, ["s"]), "e": (3, ["m"])}
    assert candidate(chain, 1) == [("s", 0), ("long", 1), ("m", 6), ("e", 8)]
    assert candidate(chain, 2) == [("s", 0), ("long", 0), ("m", 1), ("e", 3)]
    # a task becomes ready exactly when its dependency finishes and takes a free worker
    diamond = {"root": (2, []), "l": (3, ["root"]), "r": (1, ["root"]), "join": (1, ["l", "r"]), "side": (4, [])}
    assert candidate(diamond, 2) == [("root", 0), ("side", 0), ("l", 2), ("r", 4), ("join", 5)]
    assert candidate(diamond, 3) == [("root", 0), ("side", 0), ("l", 2), ("r", 2), ("join", 5)]
    assert candidate(diamond, 1) == [("root", 0), ("l", 2), ("side", 5), ("r", 9), ("join", 10)]
    # the newly ready task must compete with waiting tasks by priority
    comp = {"a": (1, []), "b": (1, []), "c": (1, []), "d": (4, ["a"])}
    assert candidate(comp, 1) == [("a", 0), ("d", 1), ("b", 5), ("c", 6)]
    # multiple workers finishing at the same time
    same = {"p": (2, []), "q": (2, []), "r": (1, ["p", "q"]), "s": (1, ["p"]), "u": (1, [])}
    assert candidate(same, 2) == [("p", 0), ("q", 0), ("r", 2), ("s", 2), ("u", 3)]
    # errors
    for bad in [
        {"a": (1, ["a"])},
        {"a": (1, ["b"]), "b": (1, ["a"])},
        {"a": (1, ["b"]), "b": (1, ["c"]), "c": (1, ["a"]), "d": (1, [])},
        {"a": (1, ["zzz"])},
        {"a": (1, []), "b": (1, ["a", "c"]), "c": (1, ["b"])},
    ]:
        try:
            candidate(bad, 2)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    try:
        candidate(t, 0)
    except ValueError:
        pass
    else:
        raise AssertionError("workers 0")

    def oracle(tasks, workers):
        names = sorted(tasks)
        deps = {n: set(tasks[n][1]) for n in names}

        def crit(n):
            return tasks[n][0] + max([crit(m) for m in names if n in deps[m]] + [0])

        pr = {n: crit(n) for n in names}
        finish = {}
        busy = []
        out = []
        time = 0
        while len(out) < len(names):
            busy = [f for f in busy if f > time]
            started = {n for n, _ in out}
            while len(busy) < workers:
                ready = [n for n in names if n not in started and all(d in finish and finish[d] <= time for d in deps[n])]
                if not ready:
                    break
                ready.sort(key=lambda n: (-pr[n], n))
                n = ready[0]
                out.append((n, time))
                started.add(n)
                finish[n] = time + tasks[n][0]
                busy.append(finish[n])
            time += 1
        return out

    rng = random.Random(11)
    letters = "abcdefg"
    for _ in range(200):
        k = rng.randint(1, 7)
        names = rng.sample(letters, k)
        tasks = {}
        for i, n in enumerate(names):
            deps = [m for m in names[:i] if rng.random() < 0.35]
            rng.shuffle(deps)
            tasks[n] = (rng.randint(1, 4), deps)
        w = rng.randint(1, 3)
        assert candidate(tasks, w) == oracle(tasks, w), (tasks, w)
