def convert_temperature(value, from_unit, to_unit):
    """Convert a temperature between "C", "F" and "K", rounded to 2 decimals.

    F = C * 9/5 + 32 and K = C + 273.15. A temperature below absolute zero (in its own
    unit) raises ValueError, as does any unit other than "C", "F" or "K".

    >>> convert_temperature(100, "C", "F")
    212.0
    >>> convert_temperature(32, "F", "K")
    273.15
    """
