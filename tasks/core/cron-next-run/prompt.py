import datetime


def next_cron_run(expression, after):
    """The first time strictly after `after` (a datetime, seconds ignored) matched by a
    five-field cron expression "minute hour day-of-month month day-of-week".

    Each field is "*" or a comma-separated list of items; an item is a number, a range
    "a-b" (a <= b), or either of those or "*" followed by "/step" (step >= 1: every step-th
    value of the range, starting at its first value). Allowed values: minute 0-59, hour
    0-23, day-of-month 1-31, month 1-12, day-of-week 0-7 where both 0 and 7 mean Sunday
    (Monday is 1). If both day-of-month and day-of-week are restricted (not "*"), a day
    matches when EITHER matches; otherwise both must match (a "*" matches every day).
    Return a datetime with seconds 0. A malformed expression or an out-of-range value
    raises ValueError. Only times within 5 years after `after` are searched; if none
    matches (e.g. 30 February), return None.

    >>> next_cron_run("*/15 9-17 * * 1-5", datetime.datetime(2024, 3, 8, 17, 50))
    datetime.datetime(2024, 3, 11, 9, 0)
    >>> next_cron_run("0 0 29 2 *", datetime.datetime(2023, 1, 1))
    datetime.datetime(2024, 2, 29, 0, 0)
    """
