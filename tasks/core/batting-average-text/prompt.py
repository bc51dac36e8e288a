def batting_average(hits, at_bats):
    """A baseball batting average as shown on a scoreboard.

    The average is hits / at_bats rounded to three decimals (halves round up), written
    without the leading zero: ".333". A perfect average is "1.000". No at-bats give ".000".

    >>> batting_average(1, 3)
    '.333'
    >>> batting_average(4, 4)
    '1.000'
    """
