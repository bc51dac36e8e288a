def solve_tiles(board):
    """Fewest moves to solve a 2x3 sliding-tile puzzle.

    `board` is a string of 6 characters "1"-"5" and "0" (the gap), two rows of three; the
    goal is "123450". A move slides a tile next to the gap into it and is named by the direction
    the tile moves: "U", "D", "L" or "R". Return the move string of a shortest solution;
    among shortest solutions return the alphabetically smallest string. Return "" if the
    board is already solved and None if it cannot be solved. A board that is not a
    permutation of "012345" raises ValueError.

    >>> solve_tiles("123405")
    'L'
    >>> solve_tiles("123045")
    'LL'
    """
