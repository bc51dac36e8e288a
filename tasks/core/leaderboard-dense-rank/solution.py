    best = {}
    for player, score in scores:
        if player not in best or score > best[player]:
            best[player] = score
    ordered = sorted(best.items(), key=lambda item: (-item[1], item[0]))
    rows = []
    rank = 0
    previous = None
    for player, score in ordered[:top]:
        if score != previous:
            rank += 1
            previous = score
        rows.append((rank, player, score))
    return rows
