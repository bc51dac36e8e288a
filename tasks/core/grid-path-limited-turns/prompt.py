def best_path_value(grid, max_turns):
    """Largest total value of a path from the top-left to the bottom-right cell.

    `grid` is a list of equal-length rows of integers or None (a blocked cell). The path
    moves one cell right or down at a time and collects the value of every cell it visits
    (start and end included). A turn is a change between moving right and moving down; the
    path may make at most `max_turns` turns. Return the best total, or None if no path
    exists (including when the start or the end is blocked).

    >>> best_path_value([[1, 2, 3], [4, 5, 6], [7, 8, 9]], 1)
    29
    >>> best_path_value([[1, 2, 3], [4, 5, 6], [7, 8, 9]], 2)
    29
    """
