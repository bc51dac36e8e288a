def minutes_until(now: str, target: str) -> int:
    """Minutes from clock time `now` forward to the next time the clock shows `target`.

    Times are "HH:MM" on a 24-hour clock. If the times are equal the answer is 0. The answer is
    always between 0 and 1439: going past midnight wraps around.

    >>> minutes_until("23:50", "00:05")
    15
    >>> minutes_until("08:00", "07:59")
    1439
    """
