def solve_tiles(board):
    """Fewest moves to solve a 3x3 sliding-tile puzzle.

    `board` is a string of 9 characters "1"-"8" and "0" (the gap), row by row; the goal is
    "123456780". A move slides a tile next to the gap into it and is named by the direction
    the tile moves: "U", "D", "L" or "R". Return the move string of a shortest solution;
    among shortest solutions return the alphabetically smallest string. Return "" if the
    board is already solved and None if it cannot be solved. A board that is not a
    permutation of "012345678" raises ValueError.

    >>> solve_tiles("123456708")
    'L'
    >>> solve_tiles("123456078")
    'LL'
    """
