from typing import List


def payment_schedule(start: str, months: int, holidays: List[str]) -> List[str]:
    """Payment dates of a monthly instalment plan under the modified-following convention.

    Payment k (k = 1..months) is due k months after the ISO date `start` ("YYYY-MM-DD"):
    - Unadjusted date: the same day of the month as `start`, always counted from `start`
      itself (not from the previous payment); if the target month is too short, its last day.
      End-of-month rule: if `start` is the last day of its month, every unadjusted date is
      the last day of its target month instead.
    - Business days are Monday to Friday, except holidays. Each date in `holidays` (ISO
      strings) is a holiday; a holiday falling on a Saturday is also observed on the Friday
      before it, and one falling on a Sunday is also observed on the Monday after it.
      Observed days are not business days either, even in another month or year.
    - Adjustment: if the unadjusted date is not a business day, move forward to the next
      business day; if that would leave the target month, move backward from the unadjusted
      date to the previous business day instead. (No month consists only of non-business days.)
    Return the adjusted dates as ISO strings, in order. months == 0 gives []; a negative
    `months` raises ValueError.

    >>> payment_schedule("2024-01-31", 3, [])
    ['2024-02-29', '2024-03-29', '2024-04-30']
    >>> payment_schedule("2023-06-30", 2, ["2023-07-31"])
    ['2023-07-28', '2023-08-31']
    >>> payment_schedule("2023-10-15", 1, ["2023-11-11"])
    ['2023-11-15']
    """
