    import datetime

    dates = {datetime.date.fromisoformat(d) for d in days}
    best = 0
    for d in dates:
        if d - datetime.timedelta(days=1) in dates:
            continue
        length = 1
        while d + datetime.timedelta(days=length) in dates:
            length += 1
        best = max(best, length)
    return best
