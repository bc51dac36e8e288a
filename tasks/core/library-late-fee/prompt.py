def late_fee_cents(days_late):
    """Late fee in cents for a library book returned `days_late` days after its due date.

    Zero or negative days (returned on time or early) cost nothing, and so does the first
    day late (a grace day). Every later day costs 25 cents, up to a cap of 500 cents.

    >>> late_fee_cents(1)
    0
    >>> late_fee_cents(5)
    100
    """
