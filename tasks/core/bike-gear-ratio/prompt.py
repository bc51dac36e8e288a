def gear_inches(chainring, cog, wheel_inches=27.0):
    """Gear inches of a bicycle gear: wheel diameter * chainring teeth / cog teeth,
    rounded to one decimal. A chainring or cog with fewer than 1 tooth raises ValueError.

    >>> gear_inches(52, 13)
    108.0
    >>> gear_inches(34, 28, 26)
    31.6
    """
