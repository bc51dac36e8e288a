from typing import List


def split_bill(total_cents: int, people: int) -> List[int]:
    """Split a bill of `total_cents` (non-negative) between `people` as evenly as possible.

    Every share is a whole number of cents and the shares add up to the total. Shares differ
    by at most one cent, and the larger shares come first. `people` below 1 raises ValueError.

    >>> split_bill(1000, 3)
    [334, 333, 333]
    >>> split_bill(2, 4)
    [1, 1, 0, 0]
    """
