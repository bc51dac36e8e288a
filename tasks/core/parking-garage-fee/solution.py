    import datetime
    fmt = "%Y-%m-%d %H:%M"
    start = datetime.datetime.strptime(entry, fmt)
    end = datetime.datetime.strptime(exit, fmt)
    if end < start:
        raise ValueError("exit before entry")
    minutes = (end - start) // datetime.timedelta(minutes=1)
    if minutes <= 15:
        return 0
    blocks = (minutes + 29) // 30
    periods = {}
    for b in range(blocks):
        moment = start + datetime.timedelta(minutes=30 * b)
        if moment.weekday() >= 5:
            price = 100
        elif 7 <= moment.hour < 19:
            price = 250
        else:
            price = 80
        periods[b // 48] = periods.get(b // 48, 0) + price
    fee = sum(min(2400, cost) for cost in periods.values())
    early = start.weekday() < 5 and 6 <= start.hour < 9
    if early and end.date() == start.date() and end.time() <= datetime.time(19, 0):
        fee = min(fee, 1200)
    return fee
