    import datetime

    off = {datetime.date.fromisoformat(h) for h in holidays}

    def is_business(d):
        return d.weekday() < 5 and d not in off

    day = datetime.date.fromisoformat(start)
    if n == 0:
        while not is_business(day):
            day += datetime.timedelta(days=1)
        return day.isoformat()
    step = datetime.timedelta(days=1 if n > 0 else -1)
    remaining = abs(n)
    while remaining:
        day += step
        if is_business(day):
            remaining -= 1
    return day.isoformat()
