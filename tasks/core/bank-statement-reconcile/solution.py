    if max_days < 0:
        raise ValueError(max_days)
    order = sorted(range(len(ledger)), key=lambda i: (ledger[i][0], i))
    free = set(range(len(statement)))
    pairs = []
    for i in order:
        date, amount = ledger[i]
        best = None
        for j in sorted(free):
            s_date, s_amount = statement[j]
            distance = abs((s_date - date).days)
            if s_amount != amount or distance > max_days:
                continue
            if best is None or distance < best[0]:
                best = (distance, j)
        if best is not None:
            free.discard(best[1])
            pairs.append((i, best[1]))
    matched = {i for i, _ in pairs}
    return (pairs, sorted(set(range(len(ledger))) - matched), sorted(free))
