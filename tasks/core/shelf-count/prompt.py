from typing import List


def shelves_needed(widths: List[int], shelf: int) -> int:
    """How many shelves of width `shelf` are needed to hold books of the given widths.

    Books are placed in the given order. A shelf holds consecutive books with a gap of 1
    between neighbours (no gap at the ends); when the next book does not fit, a new shelf is
    started. No books need no shelves. A book wider than a shelf raises ValueError.

    >>> shelves_needed([3, 3, 3], 7)
    2
    >>> shelves_needed([3, 3], 7)
    1
    """
