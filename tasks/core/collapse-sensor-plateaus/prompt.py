from typing import List, Tuple


def collapse_plateaus(readings: List[int], tolerance: int) -> List[Tuple[int, int, int]]:
    """Compress a stream of sensor readings into plateaus.

    Scan the readings from left to right. A plateau starts at some reading (its anchor) and
    extends over the following readings for as long as each one differs from the anchor by at
    most `tolerance` (absolute difference). The first reading that differs by more starts a new
    plateau with itself as the anchor. Note that readings are always compared with the anchor,
    not with their immediate neighbour.

    Return a list of (start_index, length, anchor_value) triples, one per plateau, in order.
    An empty list of readings gives an empty result. A negative tolerance raises ValueError.

    >>> collapse_plateaus([20, 21, 19, 25, 26, 20], 1)
    [(0, 3, 20), (3, 2, 25), (5, 1, 20)]
    >>> collapse_plateaus([5, 6, 7, 8], 2)
    [(0, 3, 5), (3, 1, 8)]
    """
