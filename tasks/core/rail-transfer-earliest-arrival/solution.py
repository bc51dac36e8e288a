    if origin == destination:
        return (start_time, 0)
    order = sorted(range(len(connections)), key=lambda k: connections[k][3])
    changes = {}
    for k in order:
        train, here, _, dep, _ = connections[k]
        options = []
        if here == origin and start_time <= dep:
            options.append(0)
        wait = transfer.get(here, 0)
        for j, used in changes.items():
            prev_train, _, prev_to, _, prev_arr = connections[j]
            if prev_to != here:
                continue
            if prev_train == train:
                if prev_arr <= dep:
                    options.append(used)
            elif prev_arr + wait <= dep:
                options.append(used + 1)
        if options:
            changes[k] = min(options)
    results = [(connections[k][4], used) for k, used in changes.items() if connections[k][2] == destination]
    return min(results) if results else None
