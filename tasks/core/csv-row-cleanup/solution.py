    if not lines:
        return []
    header = [h.strip().lower() for h in lines[0].split(",")]
    if "id" not in header:
        raise ValueError(lines[0])
    rows, seen = [], set()
    for line in lines[1:]:
        if not line.strip():
            continue
        values = [v.strip() for v in line.split(",")]
        if len(values) > len(header):
            continue
        values += [""] * (len(header) - len(values))
        row = dict(zip(header, values))
        if row["id"] in seen:
            continue
        seen.add(row["id"])
        rows.append(row)
    return rows
