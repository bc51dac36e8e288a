    import calendar
    import datetime
    if months < 0:
        raise ValueError("months must not be negative")
    one_day = datetime.timedelta(days=1)
    base = datetime.date.fromisoformat(start)
    closed = set()
    for text in holidays:
        day = datetime.date.fromisoformat(text)
        closed.add(day)
        if day.weekday() == 5:
            closed.add(day - one_day)
        elif day.weekday() == 6:
            closed.add(day + one_day)

    def is_business(day):
        return day.weekday() < 5 and day not in closed

    end_of_month = base.day == calendar.monthrange(base.year, base.month)[1]
    result = []
    for k in range(1, months + 1):
        year, month = divmod(base.year * 12 + base.month - 1 + k, 12)
        month += 1
        last = calendar.monthrange(year, month)[1]
        target = datetime.date(year, month, last if end_of_month else min(base.day, last))
        day = target
        while not is_business(day):
            day += one_day
        if day.month != month:
            day = target
            while not is_business(day):
                day -= one_day
        result.append(day.isoformat())
    return result
