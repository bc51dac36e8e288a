def evaluate_quantity(expression):
    """Evaluate an arithmetic expression with physical units.

    A quantity is a number (digits with an optional fractional part "1.5") optionally
    followed directly or after spaces by a unit among km, m, cm (length), h, min, s
    (time), kg, g (mass). Operators: + and - (both sides must have the same dimension),
    * and / (dimensions multiply and divide), with the usual precedence, left to right,
    and parentheses. There is no unary minus. Values are converted to base units (m, s,
    kg). Return (value, unit) where value is a float rounded to 6 decimals and unit is the
    base-unit string: factors in the order m, s, kg, each written as "m", "m^2", "m^-1"
    and joined with "*"; "" for a dimensionless result. Dimension mismatch, division by
    zero, or a malformed expression raises ValueError.

    >>> evaluate_quantity("3 km + 250 m")
    (3250.0, 'm')
    >>> evaluate_quantity("100 m / (20 s)")
    (5.0, 'm*s^-1')
    """
