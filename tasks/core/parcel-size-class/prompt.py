def parcel_class(length_cm, width_cm, height_cm):
    """Postal size class of a box: "S", "M", "L", or None when it cannot be sent.

    Sort the three dimensions so that a >= b >= c. "S" fits a <= 35, b <= 25, c <= 3;
    "M" fits a <= 60, b <= 30, c <= 15; "L" fits a <= 120, b <= 60, c <= 60. Return the
    smallest class that fits.

    >>> parcel_class(2, 30, 20)
    'S'
    >>> parcel_class(100, 10, 70) is None
    True
    """
