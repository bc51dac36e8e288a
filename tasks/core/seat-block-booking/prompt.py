def book_block(rows, n):
    """Find seats for a group of n who want to sit together.

    `rows` is a list of strings, front row first, with "." for a free seat and "x" for a
    taken one. Return (row_index, first_seat_index) of the n contiguous free seats in the
    frontmost row that has them, leftmost within that row, or None. n below 1 raises
    ValueError.

    >>> book_block(["x..x", "....", "x..."], 3)
    (1, 0)
    """
