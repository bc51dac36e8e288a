def receipt_line(name: str, cents: int, width: int) -> str:
    """Format one line of a till receipt of exactly `width` characters.

    The price is `cents` written as euros with two decimals ("3.05", "-0.40", "12.00").
    The line is the item name, then dots, then the price, right-aligned. There is always
    at least one dot. If the name is too long for that, it is cut to fit.
    If even the price and one dot do not fit in `width`, raise ValueError.

    >>> receipt_line("Tea", 250, 12)
    'Tea.....2.50'
    >>> receipt_line("Chocolate", -40, 10)
    'Choc.-0.40'
    """
