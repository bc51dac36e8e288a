def evolve_grid(grid, rule, generations, neighbourhood="moore", wrap=False):
    """Run a life-like cellular automaton.

    `grid` is a list of equal-length strings of "#" (alive) and "." (dead). `rule` is
    "B<digits>/S<digits>": a dead cell with a neighbour count listed after B is born, a
    live cell with a count listed after S survives, every other cell is dead next
    generation (e.g. Conway's "B3/S23"). Neighbours are the 8 surrounding cells ("moore")
    or the 4 orthogonal ones ("von_neumann"). With wrap=True the grid is a torus; otherwise
    cells outside the grid are dead. Return the grid after `generations` steps (0 returns
    it unchanged). A malformed rule or unknown neighbourhood raises ValueError.

    >>> evolve_grid([".....", "..#..", "..#..", "..#..", "....."], "B3/S23", 1)
    ['.....', '.....', '.###.', '.....', '.....']
    """
