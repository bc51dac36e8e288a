def roman_numeral(n):
    """Write n (1 to 3999) in Roman numerals, as on a film's copyright line.

    Use the standard subtractive forms IV, IX, XL, XC, CD and CM. Numbers outside
    1-3999 raise ValueError.

    >>> roman_numeral(1994)
    'MCMXCIV'
    >>> roman_numeral(2024)
    'MMXXIV'
    """
