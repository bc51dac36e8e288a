def paid_minutes(shifts):
    """Paid minutes of a week's shifts after the legal break deductions.

    Each shift is ("HH:MM", "HH:MM") start and end; an end at or before the start means
    the shift ends the next day. A shift longer than 6 hours gets a 30-minute unpaid break,
    longer than 9 hours a 45-minute break (in total). A malformed time raises ValueError.

    >>> paid_minutes([("09:00", "17:30"), ("22:00", "02:00")])
    720
    """
