def match_winner(log):
    """Decide a two-team match from a scoring log.

    `log` has one line per score: "<team> <points>", team being "home" or "away" and
    points a positive whole number. Blank lines are ignored. Return "home", "away" or
    "draw". A line of any other form raises ValueError.

    >>> match_winner("home 3\naway 2\naway 2")
    'away'
    >>> match_winner("")
    'draw'
    """
