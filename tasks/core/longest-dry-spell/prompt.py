from typing import List, Tuple


def longest_dry_spell(rain_mm: List[float], threshold: float = 1.0) -> Tuple[int, int]:
    """Find the longest run of consecutive dry days in a daily rainfall record.

    `rain_mm[i]` is the rainfall of day i in millimetres. A day is dry when its rainfall is
    strictly below `threshold` (so a day with exactly `threshold` mm is wet).
    Return (length, start) where start is the index of the first day of the longest dry run.
    If several runs share the longest length, return the earliest one.
    If there is no dry day at all (including an empty record), return (0, -1).

    >>> longest_dry_spell([0.0, 0.4, 3.2, 0.0, 0.0, 0.9, 12.5])
    (3, 3)
    >>> longest_dry_spell([2.0, 1.0])
    (0, -1)
    """
