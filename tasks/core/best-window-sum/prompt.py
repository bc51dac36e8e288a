from typing import List


def best_window_sum(values: List[int], k: int) -> int:
    """Largest sum of k consecutive elements of `values`.

    Raise ValueError if k is less than 1 or greater than the number of values.

    >>> best_window_sum([1, -2, 3, 4, -1], 2)
    7
    >>> best_window_sum([-5, -1, -3], 1)
    -1
    """
