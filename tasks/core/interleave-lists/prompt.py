from typing import List


def interleave(a: List[int], b: List[int]) -> List[int]:
    """Alternate the elements of a and b, starting with a. When one list runs out, the rest
    of the other follows in order.

    >>> interleave([1, 2, 3], [10, 20])
    [1, 10, 2, 20, 3]
    >>> interleave([], [4, 5])
    [4, 5]
    """
