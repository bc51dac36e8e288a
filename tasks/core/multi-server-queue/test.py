def check(candidate):
    import random

    assert candidate([0, 0, 1, 5], [3, 2, 2, 1], 2) == [3, 2, 4, 6]
    assert candidate([], [], 3) == []
    assert candidate([4], [0], 1) == [4]
    assert candidate([0, 0, 0], [5, 1, 1], 1) == [5, 6, 7]
    assert candidate([0, 0, 0], [5, 1, 1], 3) == [5, 1, 1]
    assert candidate([0, 0, 0], [5, 1, 1], 2) == [5, 1, 2]
    assert candidate([0, 10], [3, 3], 1) == [3, 13]
    assert candidate([0, 3], [3, 3], 1) == [3, 6]
    for bad in (([0], [1], 0), ([0, 1], [1], 1)):
        try:
            candidate(*bad)
        except ValueError:
            pass
        else:
            assert False, bad

    def simulate(arrivals, service, servers):
        busy_until = [0] * servers
        waiting = []
        finish = [None] * len(arrivals)
        t = 0
        nxt = 0
        while None in finish:
            while nxt < len(arrivals) and arrivals[nxt] == t:
                waiting.append(nxt)
                nxt += 1
            for s in range(servers):
                if busy_until[s] <= t and waiting:
                    i = waiting.pop(0)
                    busy_until[s] = t + service[i]
                    finish[i] = t + service[i]
                    if service[i] == 0:
                        busy_until[s] = t
            if service and all(f is not None for f in finish):
                break
            t += 1
        return finish

    rng = random.Random(13)
    for _ in range(150):
        n = rng.randint(1, 9)
        arrivals = sorted(rng.randint(0, 12) for _ in range(n))
        service = [rng.randint(1, 6) for _ in range(n)]
        servers = rng.randint(1, 3)
        assert candidate(arrivals, service, servers) == simulate(arrivals, service, servers), (arrivals, service, servers)
