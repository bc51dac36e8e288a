def check(candidate):
    import random
    assert candidate([(0, 3, 1), (1, 2, 0)], 2) == [5, 3]
    assert candidate([(0, 3, 1), (0, 3, 1)], 2) == [5, 6]
    assert candidate([], 1) == []
    assert candidate([(5, 2, 0)], 3) == [7]
    assert candidate([(0, 1, 0), (10, 1, 0)], 1) == [1, 11]
    assert candidate([(0, 4, 1), (0, 2, 1), (2, 1, 1)], 1) == [7, 5, 4]
    assert candidate([(0, 5, 2), (1, 1, 1), (1, 1, 1)], 10) == [7, 2, 3]
    for args in [([(0, 0, 1)], 1), ([(-1, 2, 1)], 1), ([(0, 1, 1)], 0)]:
        try:
            candidate(*args)
        except ValueError:
            pass
        else:
            raise AssertionError(args)

    def ref(jobs, q):
        n = len(jobs); rem = [b for _, b, _ in jobs]; fin = [None] * n
        queues = {}; t = 0; run = None; used = 0
        arrived = set()
        while any(f is None for f in fin):
            for i in sorted(range(n), key=lambda i: (jobs[i][0], i)):
                if i not in arrived and jobs[i][0] <= t:
                    arrived.add(i); queues.setdefault(jobs[i][2], []).append(i)
            if run is not None and used >= q and len(queues[jobs[run][2]]) > 1:
                qq = queues[jobs[run][2]]; qq.remove(run); qq.append(run); used = 0
            ready = [p for p in queues if queues[p]]
            if not ready:
                t += 1; continue
            cur = queues[min(ready)][0]
            if cur != run: run, used = cur, 0
            rem[cur] -= 1; used += 1; t += 1
            if rem[cur] == 0:
                fin[cur] = t; queues[jobs[cur][2]].pop(0); run, used = None, 0
        return fin

    rng = random.Random(281)
    for _ in range(300):
        jobs = [(rng.randint(0, 10), rng.randint(1, 5), rng.randint(0, 2)) for _ in range(rng.randint(0, 6))]
        q = rng.randint(1, 3)
        assert candidate(list(jobs), q) == ref(jobs, q), (jobs, q)
