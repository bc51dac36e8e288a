    import heapq
    if workers < 1:
        raise ValueError("need at least one worker")
    dependents = {name: [] for name in tasks}
    missing = {}
    for name, (_, deps) in tasks.items():
        for dep in deps:
            if dep not in tasks:
                raise ValueError("unknown dependency: " + dep)
            dependents[dep].append(name)
        missing[name] = len(deps)
    # topological order (Kahn) to detect cycles and compute critical lengths
    counts = dict(missing)
    queue = [name for name in tasks if counts[name] == 0]
    topo = []
    while queue:
        name = queue.pop()
        topo.append(name)
        for nxt in dependents[name]:
            counts[nxt] -= 1
            if counts[nxt] == 0:
                queue.append(nxt)
    if len(topo) != len(tasks):
        raise ValueError("dependency cycle")
    critical = {}
    for name in reversed(topo):
        critical[name] = tasks[name][0] + max((critical[d] for d in dependents[name]), default=0)
    ready = [(-critical[name], name) for name in tasks if missing[name] == 0]
    heapq.heapify(ready)
    running = []
    idle = workers
    now = 0
    order = []
    while ready or running:
        while idle and ready:
            _, name = heapq.heappop(ready)
            order.append((name, now))
            heapq.heappush(running, (now + tasks[name][0], name))
            idle -= 1
        now = running[0][0]
        while running and running[0][0] == now:
            _, name = heapq.heappop(running)
            idle += 1
            for nxt in dependents[name]:
                missing[nxt] -= 1
                if missing[nxt] == 0:
                    heapq.heappush(ready, (-critical[nxt], nxt))
    return order
