    import datetime
    first = datetime.date.fromisoformat(start)
    last = datetime.date.fromisoformat(until)
    if frequency not in ("daily", "weekly", "monthly"):
        raise ValueError(frequency)
    out = []
    k = 0
    while True:
        if frequency == "daily":
            day = first + datetime.timedelta(days=k)
        elif frequency == "weekly":
            day = first + datetime.timedelta(weeks=k)
        else:
            month_index = first.month - 1 + k
            year, month = first.year + month_index // 12, month_index % 12 + 1
            next_month = datetime.date(year + month // 12, month % 12 + 1, 1)
            day = datetime.date(year, month, min(first.day, (next_month - datetime.timedelta(days=1)).day))
        if day > last:
            return out
        out.append(day.isoformat())
        k += 1
