    to_c = {"C": lambda v: v, "F": lambda v: (v - 32) * 5 / 9, "K": lambda v: v - 273.15}
    from_c = {"C": lambda c: c, "F": lambda c: c * 9 / 5 + 32, "K": lambda c: c + 273.15}
    if from_unit not in to_c or to_unit not in from_c:
        raise ValueError((from_unit, to_unit))
    celsius = to_c[from_unit](value)
    if celsius < -273.15 - 1e-9:
        raise ValueError(value)
    return round(from_c[to_unit](celsius), 2)
