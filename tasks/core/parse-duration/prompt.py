def parse_duration(text: str) -> int:
    """Parse a duration such as "1h30m", "45s" or "2h 5s" into seconds.

    The text is one or more parts, each a non-negative whole number followed by a unit:
    h (hours), m (minutes) or s (seconds). Units appear at most once and in the order h, m, s.
    Spaces between parts are allowed; nothing else is. Raise ValueError for anything else,
    including an empty string, a number without a unit, or a unit without a number.

    >>> parse_duration("1h30m")
    5400
    >>> parse_duration("2h 5s")
    7205
    """
