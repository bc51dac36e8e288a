def next_departure(departures, now):
    """The next bus departure at or after `now`, as "HH:MM".

    `departures` are "HH:MM" times of one day in any order; `now` is "HH:MM" too. Return
    None when every departure is before `now`.

    >>> next_departure(["08:15", "07:50", "09:00"], "08:00")
    '08:15'
    >>> next_departure(["08:15"], "08:15")
    '08:15'
    """
