    row, letter = seat[:-1], seat[-1:]
    if not row.isdigit() or letter not in ("A", "B", "C", "D", "E", "F"):
        raise ValueError(seat)
    return {"A": "window", "F": "window", "B": "middle", "E": "middle"}.get(letter, "aisle")
