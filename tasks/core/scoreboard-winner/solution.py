    totals = {"home": 0, "away": 0}
    for line in log.splitlines():
        if not line.strip():
            continue
        parts = line.split()
        if len(parts) != 2 or parts[0] not in totals or not parts[1].isdigit() or int(parts[1]) == 0:
            raise ValueError(line)
        totals[parts[0]] += int(parts[1])
    if totals["home"] == totals["away"]:
        return "draw"
    return "home" if totals["home"] > totals["away"] else "away"
