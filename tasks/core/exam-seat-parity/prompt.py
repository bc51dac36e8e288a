def seat_row_side(seat, seats_per_row):
    """Row and side of an exam seat numbered from 1, filled row by row from the front.

    Return (row, side): rows are numbered from 1; side is "left" for the first half of a
    row's seats and "right" for the rest (the middle seat of an odd row is "left"). A seat
    number below 1, or seats_per_row below 1, raises ValueError.

    >>> seat_row_side(1, 4)
    (1, 'left')
    >>> seat_row_side(7, 5)
    (2, 'left')
    """
