def is_valid_isbn10(text):
    """Whether text is a valid ISBN-10.

    Hyphens are ignored. The rest must be 10 characters: nine digits and a last character
    that is a digit or "X" (worth 10). It is valid when the sum of each value times its
    weight (10 for the first character down to 1 for the last) is divisible by 11.

    >>> is_valid_isbn10("0-306-40615-2")
    True
    >>> is_valid_isbn10("0306406153")
    False
    """
