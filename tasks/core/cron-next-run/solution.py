    limits = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 7)]

    def parse_field(text, low, high):
        values = set()
        for item in text.split(","):
            base, slash, step_text = item.partition("/")
            if slash and (not step_text.isdigit() or int(step_text) < 1):
                raise ValueError(item)
            step = int(step_text) if slash else 1
            if base == "*":
                start, end = low, high
            elif "-" in base:
                a, _, b = base.partition("-")
                if not a.isdigit() or not b.isdigit() or int(a) > int(b):
                    raise ValueError(item)
                start, end = int(a), int(b)
            elif base.isdigit():
                start = int(base)
                end = high if slash else start
            else:
                raise ValueError(item)
            if start < low or end > high:
                raise ValueError(item)
            values.update(range(start, end + 1, step))
        return values

    fields = expression.split()
    if len(fields) != 5:
        raise ValueError(expression)
    minutes, hours, doms, months, dows = (parse_field(f, lo, hi) for f, (lo, hi) in zip(fields, limits))
    if 7 in dows:
        dows.add(0)
    dom_any, dow_any = fields[2] == "*", fields[4] == "*"

    def day_matches(day):
        dom_ok = day.day in doms
        dow_ok = (day.isoweekday() % 7) in dows
        if not dom_any and not dow_any:
            return dom_ok or dow_ok
        return dom_ok and dow_ok

    start = after.replace(second=0, microsecond=0) + datetime.timedelta(minutes=1)
    day = start.date()
    last_day = day + datetime.timedelta(days=5 * 366)
    while day <= last_day:
        if day.month in months and day_matches(day):
            for hour in sorted(hours):
                for minute in sorted(minutes):
                    moment = datetime.datetime(day.year, day.month, day.day, hour, minute)
                    if moment >= start:
                        return moment
        day += datetime.timedelta(days=1)
    return None
