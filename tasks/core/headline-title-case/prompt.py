def headline_case(headline: str) -> str:
    """Convert a headline to title case using a newsroom style rule.

    Split `headline` on whitespace into words (the result joins them with single spaces,
    so extra and surrounding whitespace disappears). Then, for each word:
    - If it is neither the first nor the last word and, ignoring case, it is exactly one of
      the minor words a, an, the, and, but, or, of, in, on, at, to, for, by, write it in
      lower case.
    - Otherwise, if it already contains an upper-case letter, keep it unchanged
      ("iPhone", "NASA", "McDonald").
    - Otherwise, upper-case its first character and keep the rest.
    A minor word only matches the whole word: "of," or "into" are not minor words.

    >>> headline_case("the lord of the rings")
    'The Lord of the Rings'
    >>> headline_case("  why NASA  bought an iPhone for  ")
    'Why NASA Bought an iPhone For'
    """
