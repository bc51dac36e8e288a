def avatar_initials(display_name: str) -> str:
    """Return the initials drawn in a user's avatar circle when they have no picture.

    Split `display_name` on whitespace into words, then ignore:
    - words whose first character is not a letter (e.g. "@dev", "(she/her)", "2nd"), and
    - generational suffixes: "jr", "sr", "ii", "iii", "iv", compared ignoring case and
      ignoring any trailing dots and commas ("Jr.", "III,").
    With no words left, return "?". With one word, return its first letter in upper case.
    Otherwise return the upper-cased first letters of the first and the last remaining word.

    >>> avatar_initials("Martin Luther King Jr.")
    'MK'
    >>> avatar_initials("  cher ")
    'C'
    >>> avatar_initials("@admin 42")
    '?'
    """
