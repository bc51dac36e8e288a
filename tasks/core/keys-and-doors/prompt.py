from typing import List


def shortest_escape(grid: List[str]) -> int:
    """Fewest steps from 'S' to 'E' in a grid maze with keys and doors, or -1 if impossible.

    Cells: '#' wall, '.' floor, 'S' start, 'E' exit, lowercase 'a'-'d' a key, uppercase 'A'-'D'
    the door opened by the matching key. A step moves up, down, left or right within the grid.
    Walking onto a key picks it up for good; a door can be passed only while holding its key,
    and keys are never used up. Doors without a key anywhere are walls. There is exactly one
    'S' and one 'E'.

    >>> shortest_escape(["S.A.E", ".####", "a...."])
    8
    """
