def weekly_rain(readings):
    """Sum daily rain-gauge readings (mm) into weekly totals.

    `readings[i]` is day i's reading, or None when the gauge was not read. Days 0-6 are
    week 0, days 7-13 week 1, and so on; the last week may be partial. A week's total is
    the sum of its readings, or None when none of its days was read. A negative reading
    raises ValueError.

    >>> weekly_rain([1, 0, 2, None, 0, 0, 3, 5])
    [6, 5]
    >>> weekly_rain([None] * 7 + [0])
    [None, 0]
    """
