    weeks = []
    for start in range(0, len(readings), 7):
        total = None
        for r in readings[start:start + 7]:
            if r is None:
                continue
            if r < 0:
                raise ValueError(r)
            total = r if total is None else total + r
        weeks.append(total)
    return weeks
