from typing import List, Tuple


def snake_seating(rows: int, cols: int, blocked: List[Tuple[int, int]], names: List[str]) -> List[List[str]]:
    """Seat exam candidates in a hall, snaking row by row.

    The hall is a grid of `rows` x `cols` seats, addressed (row, col) from (0, 0) at the
    front-left. Seats listed in `blocked` cannot be used (duplicates in `blocked` are
    harmless). Candidates are seated in the order of `names`: row 0 is filled left to right,
    row 1 right to left, row 2 left to right again, and so on, skipping blocked seats.

    Return the chart as a list of rows, each a list of strings: a candidate's name for an
    occupied seat, "#" for a blocked seat, and "." for a free seat left over.

    Raise ValueError if there are more names than usable seats, or if a blocked position lies
    outside the grid. rows or cols may be 0, giving an empty hall (a list of `rows` empty lists
    when cols is 0).

    >>> snake_seating(2, 3, [(1, 2)], ["ann", "bo", "cy", "di"])
    [['ann', 'bo', 'cy'], ['.', 'di', '#']]
    >>> snake_seating(1, 2, [], [])
    [['.', '.']]
    """
