def parse_roman(text):
    """Parse a Roman numeral strictly (1 to 3999), rejecting non-canonical forms.

    Letters I=1, V=5, X=10, L=50, C=100, D=500, M=1000, in either case. Only the canonical
    form of a number is accepted: the one roman numerals normally write, where I, X and C
    may repeat at most three times in a row, V, L and D never repeat, and the only
    subtractive pairs are IV, IX, XL, XC, CD and CM (so "IIII", "VX", "IL", "XM", "IIV",
    "XCX" and "MCMC" are rejected). Anything else raises ValueError.

    >>> parse_roman("mcmxciv")
    1994
    >>> parse_roman("MMMCMXCIX")
    3999
    """
