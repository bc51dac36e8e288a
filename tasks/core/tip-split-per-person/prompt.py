def tip_share_cents(bill_cents, tip_percent, people):
    """What each diner pays, in whole cents, when a bill plus tip is split evenly.

    The total is bill_cents * (100 + tip_percent) / 100; each person's share is that total
    divided by `people`, rounded up to a whole cent so the restaurant is never short.
    Fewer than one person raises ValueError.

    >>> tip_share_cents(10000, 15, 4)
    2875
    >>> tip_share_cents(1000, 10, 3)
    367
    """
