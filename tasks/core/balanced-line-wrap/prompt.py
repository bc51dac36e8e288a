from typing import List


def wrap_balanced(words: List[str], width: int) -> List[str]:
    """Break words into lines of at most `width` characters, as evenly as possible.

    Words on a line are joined by single spaces and keep their order. The cost of a line is
    the square of its unused width (width minus its length), except for the last line, which
    costs nothing. Return the lines of a break with the least total cost; when several breaks
    tie, prefer the one whose first line is longest, then whose second line is longest, and so
    on. No words give no lines. A word longer than `width` raises ValueError.

    >>> wrap_balanced(["aaa", "bb", "cc", "ddddd"], 6)
    ['aaa', 'bb cc', 'ddddd']
    """
