def trailing_zeros(n: int, base: int) -> int:
    """Number of trailing zero digits of the non-negative integer n written in `base` (2..36).

    Zero is written "0", so it has one trailing zero.

    >>> trailing_zeros(40, 10)
    1
    >>> trailing_zeros(40, 2)
    3
    """
