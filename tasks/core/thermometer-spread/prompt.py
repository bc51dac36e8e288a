def daily_spread(readings):
    """Difference between the highest and the lowest temperature of a day.

    `readings` may contain None for failed sensor reads; those are ignored. Return None
    when no reading is left.

    >>> daily_spread([12.5, None, 18.0, 9.5])
    8.5
    """
