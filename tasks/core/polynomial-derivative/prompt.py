def differentiate(polynomial):
    """Derivative of a polynomial in x, written in the same style.

    Input terms are joined by "+" or "-" (spaces anywhere between tokens are allowed; the
    first term may have a leading "-"). A term is an integer coefficient, "x", "x^n" (n a
    non-negative integer), or a coefficient followed by one of those ("3x^2", "-x"). Like
    terms may repeat ("x + x"). Return the derivative normalised: terms by descending
    exponent, like terms combined, zero terms dropped, coefficient 1 omitted ("x^2", "-x"),
    exponent 1 written "x", exponent 0 as the number alone, joined as " + " or " - ";
    the zero polynomial is "0". A malformed polynomial raises ValueError.

    >>> differentiate("3x^3 - x^2 + 4x - 7")
    '9x^2 - 2x + 4'
    >>> differentiate("x + x - 2x")
    '0'
    """
