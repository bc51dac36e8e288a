def heading_level(line: str) -> int:
    """Return the level of a Markdown ATX heading line, or 0 if the line is not a heading.

    A heading is 0 to 3 spaces of indentation, then 1 to 6 '#' characters, then either the
    end of the line or at least one space. Its level is the number of '#'.

    >>> heading_level("## Install")
    2
    >>> heading_level("#hashtag")
    0
    """
