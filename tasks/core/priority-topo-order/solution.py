    import heapq

    waiting = {}
    users = {name: [] for name in deps}
    for name, needs in deps.items():
        unique = set(needs)
        for need in unique:
            if need not in deps:
                raise ValueError(f"{name} depends on unknown package {need}")
            if need == name:
                raise ValueError(f"{name} depends on itself")
            users[need].append(name)
        waiting[name] = len(unique)
    ready = [name for name, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        name = heapq.heappop(ready)
        order.append(name)
        for user in users[name]:
            waiting[user] -= 1
            if waiting[user] == 0:
                heapq.heappush(ready, user)
    if len(order) != len(deps):
        raise ValueError("dependency cycle")
    return order
