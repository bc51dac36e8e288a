    names = {"A": 0, "B": 1}
    sets, games, pts = [], [0, 0], [0, 0]
    sets_won = [0, 0]
    winner = None
    for p in points:
        if p not in names:
            raise ValueError(p)
        if winner is not None:
            raise ValueError("match is over")
        w = names[p]
        pts[w] += 1
        tiebreak = games == [6, 6]
        target = 7 if tiebreak else 4
        if pts[w] >= target and pts[w] - pts[1 - w] >= 2:
            games[w] += 1
            pts = [0, 0]
            g_w, g_l = games[w], games[1 - w]
            if (g_w == 6 and g_l <= 4) or g_w == 7:
                sets.append(tuple(games))
                sets_won[w] += 1
                games = [0, 0]
                if sets_won[w] == 2:
                    winner = p
    if winner is not None:
        return {"sets": sets, "games": None, "points": None, "winner": winner}
    if games == [6, 6]:
        display = (str(pts[0]), str(pts[1]))
    elif pts[0] >= 3 and pts[1] >= 3:
        if pts[0] == pts[1]:
            display = ("40", "40")
        else:
            display = ("AD", "40") if pts[0] > pts[1] else ("40", "AD")
    else:
        labels = ["0", "15", "30", "40"]
        display = (labels[pts[0]], labels[pts[1]])
    return {"sets": sets, "games": tuple(games), "points": display, "winner": None}
