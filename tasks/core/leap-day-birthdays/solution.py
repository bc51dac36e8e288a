    month, day = int(birthday[5:7]), int(birthday[8:10])
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    if month == 2 and day == 29 and not leap:
        day = 28
    return f"{year:04d}-{month:02d}-{day:02d}"
