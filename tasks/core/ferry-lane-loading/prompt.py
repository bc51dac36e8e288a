from typing import List


def load_ferry(lanes: List[int], cars: List[int], gap: int) -> List[int]:
    """Assign cars to ferry lanes as they arrive.

    `lanes` holds the length of each lane (in decimetres); `cars` holds car lengths in arrival
    order. A car placed in an empty lane uses exactly its own length; a car placed behind
    other cars additionally needs `gap` for the space in front of it. A car fits a lane when
    the space it needs is at most the lane's remaining length.

    Each car goes into the lane, among those it fits, that currently has the most remaining
    length; ties go to the lowest lane index. A car that fits no lane is turned away and gets
    -1; it uses no space. Return the lane index (or -1) for each car, in arrival order.

    Raise ValueError if any car length is 0 or less, or if gap is negative.

    >>> load_ferry([10, 8], [4, 4, 4, 3], 1)
    [0, 1, 0, 1]
    >>> load_ferry([5], [6, 5, 1], 0)
    [-1, 0, -1]
    """
