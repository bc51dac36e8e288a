def normalize_phone(text):
    """Normalise a North American phone number to "AAA-EEE-NNNN".

    Keep only the digits of `text` (spaces, dots, dashes, brackets and "+" are allowed
    and ignored; any other character makes the number invalid). Eleven digits starting
    with 1 drop the leading 1. The result must then have exactly 10 digits; otherwise, or
    for an invalid character, return None.

    >>> normalize_phone("(555) 123-4567")
    '555-123-4567'
    >>> normalize_phone("+1 555.123.4567")
    '555-123-4567'
    """
