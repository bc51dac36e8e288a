from typing import List


def shift_business_days(start: str, n: int, holidays: List[str]) -> str:
    """The date n business days after (n > 0) or before (n < 0) the ISO date `start`.

    Business days are Monday to Friday, except the dates listed in `holidays` (ISO dates).
    Counting does not include `start` itself: shifting by 1 gives the next business day after
    it, and by -1 the previous one before it, whatever kind of day `start` is. A shift of 0
    returns `start` if it is a business day, and otherwise the next business day after it.

    >>> shift_business_days("2024-05-03", 1, [])
    '2024-05-06'
    >>> shift_business_days("2024-12-24", 1, ["2024-12-25", "2024-12-26"])
    '2024-12-27'
    """
