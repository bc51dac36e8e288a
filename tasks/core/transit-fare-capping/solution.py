    charges = []
    spent_day = {}
    spent_week = {}
    last_day = None
    for day, fare in rides:
        if fare < 0 or (last_day is not None and day < last_day):
            raise ValueError("invalid ride")
        last_day = day
        week = day // 7
        charge = min(fare, daily_cap - spent_day.get(day, 0), weekly_cap - spent_week.get(week, 0))
        spent_day[day] = spent_day.get(day, 0) + charge
        spent_week[week] = spent_week.get(week, 0) + charge
        charges.append(charge)
    return charges
