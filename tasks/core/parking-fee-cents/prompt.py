def parking_fee(minutes: int) -> int:
    """Return the parking fee in cents for a stay of `minutes` minutes.

    Tariff of the car park:
    - A stay of at most 15 minutes in total is free.
    - Otherwise the stay is split into whole 24-hour days (1440 minutes) plus a remainder.
      Each whole day costs 1800 cents.
    - The remainder costs 250 cents per started hour (1 to 60 minutes is one hour, 61 is two),
      but never more than 1800 cents. A remainder of 0 minutes costs nothing.
    - The 15-minute grace period applies only to the whole stay, not to the remainder
      after whole days.
    A negative number of minutes raises ValueError.

    >>> parking_fee(10)
    0
    >>> parking_fee(61)
    500
    >>> parking_fee(1445)
    2050
    """
