def clock_after_moves(start_seconds, increment, move_seconds):
    """Time left on a player's chess clock after their moves.

    The clock starts at `start_seconds`. For each move, the time spent thinking is
    subtracted; if that makes the clock 0 or less the flag falls and the answer is 0
    (nothing more is added). Otherwise `increment` seconds are added after the move.

    >>> clock_after_moves(60, 2, [10, 5])
    49
    >>> clock_after_moves(10, 5, [12, 1])
    0
    """
