    if seat < 1 or seats_per_row < 1:
        raise ValueError((seat, seats_per_row))
    row, index = divmod(seat - 1, seats_per_row)
    side = "left" if index < (seats_per_row + 1) // 2 else "right"
    return (row + 1, side)
