def password_points(password):
    """Score a password for a sign-up form's strength meter.

    One point for each of: a lower-case ASCII letter, an upper-case ASCII letter, a digit,
    any other character. Plus one point for a length of at least 8 and another for a
    length of at least 12.

    >>> password_points("abc")
    1
    >>> password_points("Tr0ub4dor&3x")
    6
    """
