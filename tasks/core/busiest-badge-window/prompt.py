from typing import List, Optional, Tuple


def busiest_window(swipes: List[int], width: int) -> Optional[Tuple[int, int]]:
    """Find the busiest period at a building entrance.

    `swipes` holds badge-swipe times in seconds, in any order; several swipes may share a time.
    A window starting at time s covers the half-open interval [s, s + width). Among windows that
    start exactly at one of the swipe times, find the one containing the most swipes and return
    (start, count). If several windows tie, return the one with the earliest start.

    Return None when there are no swipes. A width of 0 or less raises ValueError.

    >>> busiest_window([10, 3, 5, 30, 12, 11], 5)
    (10, 3)
    >>> busiest_window([0, 4, 8], 4)
    (0, 1)
    """
