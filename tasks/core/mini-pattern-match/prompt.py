def pattern_match(pattern: str, text: str) -> bool:
    """Whether the whole of `text` matches `pattern` in a small pattern language.

    An atom is a literal character, '.' (any one character), or a class "[...]" listing
    characters, where "a-z" inside a class is a range and a leading '^' negates the class.
    A character after a backslash is a literal atom (so "\\." matches a dot and "\\*" a star).
    An atom may be followed by one quantifier: '*' (zero or more), '+' (one or more) or
    '?' (zero or one). The match must cover the entire text. Raise ValueError for a quantifier
    with no atom before it, an unclosed class, or a trailing backslash.

    >>> pattern_match("a[0-9]+b?", "a42")
    True
    >>> pattern_match("[^x]*", "abxc")
    False
    """
