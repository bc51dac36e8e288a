def mask_card(number: str) -> str:
    """Mask a card number for display.

    Every digit except the last four digits is replaced by '*'. Other characters (spaces,
    dashes) stay where they are. A string with four digits or fewer is returned unchanged.

    >>> mask_card("4111 1111 1111 1234")
    '**** **** **** 1234'
    >>> mask_card("12-34")
    '12-34'
    """
