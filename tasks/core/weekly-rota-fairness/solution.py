    load = {person: 0 for person in availability}
    out = []
    for day in days:
        candidates = [p for p in availability if day in availability[p]]
        if not candidates:
            out.append(None)
            continue
        chosen = min(candidates, key=lambda p: (load[p], p))
        load[chosen] += 1
        out.append(chosen)
    return out
