    slots = {"gold": 0, "silver": 1, "bronze": 2}
    counts = {}
    for team, medal in awards:
        if medal not in slots:
            raise ValueError("unknown medal: " + str(medal))
        counts.setdefault(team, [0, 0, 0])[slots[medal]] += 1
    order = sorted(counts, key=lambda t: (-counts[t][0], -counts[t][1], -counts[t][2], t))
    table = []
    for pos, team in enumerate(order):
        g, s, b = counts[team]
        if pos > 0 and counts[order[pos - 1]] == counts[team]:
            rank = table[-1][0]
        else:
            rank = pos + 1
        table.append((rank, team, g, s, b))
    return table
