def check(candidate):
    import random

    tt = [("IC1", "A", "B", 10, 30), ("IC1", "B", "C", 32, 60), ("R5", "B", "C", 35, 50)]
    assert candidate(tt, {"B": 5}, "A", "C", 0) == (50, 1)
    assert candidate(tt, {"B": 6}, "A", "C", 0) == (60, 0)
    assert candidate(tt, {}, "A", "C", 11) is None
    assert candidate(tt, {}, "A", "C", 10) == (50, 1)
    assert candidate(tt, {}, "A", "B", 0) == (30, 0)
    assert candidate(tt, {}, "B", "C", 32) == (50, 0)
    assert candidate(tt, {}, "B", "C", 36) is None
    assert candidate(tt, {}, "C", "A", 0) is None
    assert candidate(tt, {}, "A", "A", 7) == (7, 0)
    assert candidate([], {}, "X", "X", 3) == (3, 0)
    assert candidate([], {}, "X", "Y", 3) is None
    # transfer time at origin does not apply to the first boarding
    assert candidate(tt, {"A": 100}, "A", "B", 10) == (30, 0)
    # staying aboard needs no transfer time even if a long one is set
    assert candidate(tt, {"B": 100}, "A", "C", 0) == (60, 0)
    # exact transfer boundary
    assert candidate(tt, {"B": 5}, "A", "C", 0) == (50, 1)
    # same arrival time: prefer fewer changes
    tie = [("X", "A", "B", 0, 10), ("Y", "B", "C", 10, 20), ("X", "B", "C", 12, 20)]
    assert candidate(tie, {}, "A", "C", 0) == (20, 0)
    assert candidate(tie, {"B": 1}, "A", "C", 0) == (20, 0)
    tie2 = [("X", "A", "B", 0, 10), ("Y", "B", "D", 10, 12), ("Z", "D", "C", 12, 20), ("W", "B", "C", 11, 20)]
    assert candidate(tie2, {}, "A", "C", 0) == (20, 1)
    assert candidate(tie2, {"B": 2}, "A", "C", 0) is None
    assert candidate(tie2, {"D": 1}, "A", "C", 0) == (20, 1)
    # a train can be continued after it loops through a station, different-train needs transfer
    loop = [("L", "A", "B", 0, 5), ("L", "B", "A", 6, 11), ("L", "A", "C", 12, 20), ("M", "A", "C", 13, 19)]
    assert candidate(loop, {"A": 3}, "A", "C", 14) is None
    assert candidate(loop, {"A": 3}, "A", "C", 1) == (19, 0)
    assert candidate(loop, {"A": 3}, "A", "C", 0) == (19, 0)
    assert candidate(loop, {"A": 3}, "B", "C", 0) == (20, 0)
    assert candidate(loop, {"A": 2}, "B", "C", 0) == (19, 1)
    assert candidate(loop, {"A": 3}, "B", "A", 0) == (11, 0)
    # zero dwell time on the same train; a different train cannot leave before we arrive
    assert candidate([("X", "A", "B", 0, 10), ("X", "B", "C", 10, 20)], {}, "A", "C", 0) == (20, 0)
    assert candidate([("X", "A", "B", 0, 10), ("Y", "B", "C", 9, 20)], {}, "A", "C", 0) is None
    assert candidate([("X", "A", "B", 0, 10), ("X", "B", "C", 9, 20)], {}, "A", "C", 0) is None
    assert candidate([("X", "A", "B", 0, 10), ("Y", "B", "C", 10, 20)], {"A": 4}, "A", "C", 0) == (20, 1)
    # boarding requires being at the station: no teleporting
    far = [("P", "A", "B", 0, 10), ("Q", "C", "D", 20, 30)]
    assert candidate(far, {}, "A", "D", 0) is None
    # many changes vs later direct train
    multi = [("a", "S", "T", 0, 5), ("b", "T", "U", 5, 9), ("c", "U", "Z", 9, 14), ("d", "S", "Z", 1, 14), ("e", "S", "Z", 2, 15)]
    assert candidate(multi, {}, "S", "Z", 0) == (14, 0)
    assert candidate(multi, {}, "S", "Z", 2) == (15, 0)
    assert candidate(multi, {"U": 1}, "S", "Z", 0) == (14, 0)
    assert candidate(multi[:3], {}, "S", "Z", 0) == (14, 2)
    assert candidate(multi[:3], {"T": 1}, "S", "Z", 0) is None
    assert candidate(multi[:3], {"T": 0, "U": 0}, "S", "Z", 0) == (14, 2)

    def oracle(conns, transfer, origin, dest, t0):
        if origin == dest:
            return (t0, 0)
        best = [None]

        def go(station, time, train, ch):
            if station == dest:
                cand = (time, ch)
                if best[0] is None or cand < best[0]:
                    best[0] = cand
            for c in conns:
                tr, a, b, d, arr = c
                if a != station:
                    continue
                if train is None:
                    if d >= time:
                        go(b, arr, tr, 0)
                elif tr == train:
                    if d >= time:
                        go(b, arr, tr, ch)
                elif d >= time + transfer.get(station, 0):
                    go(b, arr, tr, ch + 1)

        go(origin, t0, None, 0)
        return best[0]

    rng = random.Random(8)
    for _ in range(300):
        stations = "ABCD"
        conns = []
        for _ in range(rng.randint(0, 8)):
            a, b = rng.sample(stations, 2)
            d = rng.randint(0, 20)
            conns.append((rng.choice("xyz"), a, b, d, d + rng.randint(1, 6)))
        transfer = {s: rng.randint(0, 3) for s in stations if rng.random() < 0.6}
        o, z = rng.choice(stations), rng.choice(stations)
        t0 = rng.randint(0, 6)
        assert candidate(list(conns), dict(transfer), o, z, t0) == oracle(conns, transfer, o, z, t0), (conns, transfer, o, z, t0)
