from typing import List, Tuple


def best_loadout(items: List[Tuple[int, int]], capacity: int, max_items: int) -> int:
    """Largest total value of a backpack under two limits.

    Each item is (weight, value) and can be taken at most once. The chosen items' weights may
    add up to at most `capacity` and at most `max_items` items may be taken. Weights and values
    are non-negative integers. Taking nothing is allowed (value 0). Negative `capacity` or
    `max_items` raises ValueError.

    >>> best_loadout([(3, 5), (2, 3), (2, 4), (5, 9)], 7, 2)
    13
    >>> best_loadout([(3, 5), (2, 3), (2, 4), (5, 9)], 7, 1)
    9
    """
