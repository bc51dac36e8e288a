def line_diff(old, new):
    """A minimal line diff between two lists of lines.

    Return a list of operations ("=", line), ("-", line) or ("+", line) that turns `old`
    into `new`: applying the kept and added lines in order gives `new`, and the kept and
    removed lines in order give `old`. The kept lines must form a longest common
    subsequence (so the diff is as short as possible). To make the result unique:
    - walk both lists from the start; when the current old and new lines are equal and
      keeping them still allows a longest common subsequence, keep them;
    - otherwise, if deleting the current old line still allows one, delete it;
    - otherwise add the current new line.

    >>> line_diff(["a", "b", "c"], ["a", "c", "d"])
    [('=', 'a'), ('-', 'b'), ('=', 'c'), ('+', 'd')]
    """
