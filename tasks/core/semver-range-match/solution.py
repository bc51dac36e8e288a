    def parse(text):
        parts = text.split(".")
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            raise ValueError(text)
        return tuple(int(p) for p in parts)
    v = parse(version)
    op = spec[:1] if spec[:1] in "~^" else ""
    low = parse(spec[len(op):])
    if op == "":
        return v == low
    if op == "~":
        high = (low[0], low[1] + 1, 0)
    elif low[0] > 0:
        high = (low[0] + 1, 0, 0)
    elif low[1] > 0:
        high = (0, low[1] + 1, 0)
    else:
        high = (0, 0, low[2] + 1)
    return low <= v < high
