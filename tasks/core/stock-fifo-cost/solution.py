    lots = []
    cost = 0
    for event in events:
        if event[0] == "buy":
            lots.append([event[1], event[2]])
            continue
        need = event[1]
        if need > sum(q for q, _ in lots):
            raise ValueError(event)
        while need > 0:
            take = min(need, lots[0][0])
            cost += take * lots[0][1]
            lots[0][0] -= take
            need -= take
            if lots[0][0] == 0:
                lots.pop(0)
    return cost
