def apply_discount(total_cents, code):
    """Price after a discount code.

    "SAVE10" and "SAVE25" take 10% and 25% off, rounded down to whole cents of discount.
    "MINUS500" takes 500 cents off but never below 0. An empty code changes nothing.
    Any other code raises ValueError.

    >>> apply_discount(1999, "SAVE10")
    1800
    >>> apply_discount(300, "MINUS500")
    0
    """
