def seat_position(seat):
    """Whether an economy seat like "23A" is a "window", "middle" or "aisle" seat.

    Rows have seats A-F: A and F are window seats, B and E middle seats, C and D aisle
    seats. The row number before the letter is ignored (it must be 1 or more digits). A
    seat of any other form raises ValueError.

    >>> seat_position("23A")
    'window'
    >>> seat_position("7D")
    'aisle'
    """
