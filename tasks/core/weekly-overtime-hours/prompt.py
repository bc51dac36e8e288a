from typing import List


def weekly_overtime(hours: List[int]) -> int:
    """Return the number of overtime hours in one week of a timesheet.

    `hours` holds exactly 7 whole numbers of hours worked, Monday first, Sunday last.
    - Monday to Friday: up to 8 hours per day are regular; anything above 8 on a day is
      overtime (hours do not carry over between days).
    - Saturday and Sunday: these hours first top up the regular hours of the week to 40;
      only the weekend hours beyond that top-up are overtime.
    Raise ValueError if `hours` does not have exactly 7 entries or any entry is negative.

    >>> weekly_overtime([8, 8, 8, 8, 8, 0, 0])
    0
    >>> weekly_overtime([10, 8, 8, 8, 8, 3, 0])
    5
    >>> weekly_overtime([8, 8, 8, 4, 0, 6, 2])
    0
    """
