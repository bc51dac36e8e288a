def reminder_dates(start, frequency, until):
    """Dates ("YYYY-MM-DD") on which a recurring reminder fires, from `start` to `until`
    inclusive.

    `frequency` is "daily", "weekly" or "monthly". Monthly reminders fire on the start's
    day of the month, or on the last day of a month that is too short (counted from the
    start each time, so 31 Jan, 29 Feb 2024, 31 Mar). Any other frequency raises
    ValueError. If until is before start, there are no dates.

    >>> reminder_dates("2024-01-31", "monthly", "2024-04-15")
    ['2024-01-31', '2024-02-29', '2024-03-31']
    """
