    if not weekdays or interval < 1 or any(not 0 <= w <= 6 for w in weekdays):
        raise ValueError((weekdays, interval))
    if count is None and until is None:
        raise ValueError("count or until is required")
    days = sorted(set(weekdays))
    week_start = start - datetime.timedelta(days=start.weekday())
    found = []
    week = 0
    while True:
        monday = week_start + datetime.timedelta(weeks=week * interval)
        if until is not None and monday > until:
            break
        stop = False
        for w in days:
            day = monday + datetime.timedelta(days=w)
            if day < start:
                continue
            if until is not None and day > until:
                stop = True
                break
            found.append(day)
            if count is not None and len(found) >= count:
                stop = True
                break
        if stop:
            break
        week += 1
    excluded = set(exclude)
    result = {day for day in found if day not in excluded}
    result.update(day for day in include if day not in excluded)
    return sorted(result)
