    def split(v):
        numbers, _, tag = v.partition("-")
        parts = [int(p) for p in numbers.split(".")]
        return parts, tag

    pa, ta = split(a)
    pb, tb = split(b)
    width = max(len(pa), len(pb))
    pa += [0] * (width - len(pa))
    pb += [0] * (width - len(pb))
    if pa != pb:
        return -1 if pa < pb else 1
    if ta == tb:
        return 0
    if not ta:
        return 1
    if not tb:
        return -1
    return -1 if ta < tb else 1
