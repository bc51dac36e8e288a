def glob_match(pattern, path):
    """Whether a slash-separated path matches a glob pattern, as in a .gitignore-like tool.

    Both are split on "/" into segments (an empty pattern or path has one empty segment).
    A pattern segment "**" matches zero or more whole path segments. Inside other
    segments: "*" matches any run of characters (possibly empty) within the segment, "?"
    matches exactly one character, "[abc]" or "[a-z]" one character of the class, "[!...]"
    one character not in it; every other character matches itself. The whole path must be
    matched. An unclosed "[" or an empty class "[]" raises ValueError.

    >>> glob_match("src/**/*.py", "src/a/b/c.py")
    True
    >>> glob_match("src/*.py", "src/a/c.py")
    False
    """
