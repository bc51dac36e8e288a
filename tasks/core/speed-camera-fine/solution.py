    over = speed_kmh - 3 - limit_kmh
    if over <= 0:
        return 0
    if over <= 10:
        return 30
    if over <= 20:
        return 80
    return 160 if over <= 30 else 400
