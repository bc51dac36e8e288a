def parcel_checksum(code):
    """Check digit of a parcel code made of digits.

    Counting positions from 1 at the left, digits at odd positions are weighted 3 and
    digits at even positions 1. The check digit is (10 - weighted sum % 10) % 10. An empty
    code has check digit 0. A character that is not a digit 0-9 raises ValueError.

    >>> parcel_checksum("4006381")
    2
    >>> parcel_checksum("")
    0
    """
