def fewest_pushes(grid):
    """Solve a one-box pushing puzzle: the fewest pushes, then the fewest total moves.

    `grid` rows use "#" wall, "." floor, "P" player, "B" box, "T" target (a floor cell).
    The player walks up/down/left/right on floor cells (not through the box or walls).
    Walking into the box pushes it one cell further in the same direction, if that cell is
    floor (not a wall, inside the grid); the player then stands where the box was. Each
    step, push or not, is one move. Return (pushes, moves) for getting the box onto the
    target with the fewest pushes and, among those, the fewest moves; (0, 0) if it starts
    there; -1 if impossible. Exactly one P, one B and one T are required, else ValueError.

    >>> fewest_pushes(["#####", "#P.B.T", "#####"])
    (2, 3)
    """
