from typing import List, Tuple


def free_slots(busy: List[Tuple[int, int]], day_start: int, day_end: int, min_length: int) -> List[Tuple[int, int]]:
    """Free periods of a day, given busy periods.

    Times are minutes since midnight. `busy` holds (start, end) pairs, half-open, in any order;
    they may overlap each other and may reach outside the day. Return the free (start, end)
    periods within [day_start, day_end) that are at least `min_length` (at least 1) minutes long,
    in order.

    >>> free_slots([(600, 660), (540, 570)], 480, 720, 30)
    [(480, 540), (570, 600), (660, 720)]
    >>> free_slots([(500, 600), (550, 700)], 480, 720, 25)
    []
    """
