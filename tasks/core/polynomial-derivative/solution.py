    import re
    text = polynomial.replace(" ", "")
    if not text:
        raise ValueError(polynomial)
    term_re = re.compile(r"([+-]?)(\d*)(x(?:\^(\d+))?)?")
    coefficients = {}
    pos = 0
    first = True
    while pos < len(text):
        m = term_re.match(text, pos)
        sign, digits, has_x, power = m.group(1), m.group(2), m.group(3), m.group(4)
        if m.end() == pos or (not digits and not has_x) or (not first and not sign):
            raise ValueError(polynomial)
        coefficient = int(digits) if digits else 1
        if sign == "-":
            coefficient = -coefficient
        exponent = (int(power) if power is not None else 1) if has_x else 0
        coefficients[exponent] = coefficients.get(exponent, 0) + coefficient
        pos = m.end()
        first = False
    derivative = {}
    for exponent, coefficient in coefficients.items():
        if exponent > 0 and coefficient * exponent != 0:
            derivative[exponent - 1] = coefficient * exponent
    parts = []
    for exponent in sorted(derivative, reverse=True):
        c = derivative[exponent]
        magnitude = abs(c)
        if exponent == 0:
            body = str(magnitude)
        else:
            body = ("" if magnitude == 1 else str(magnitude)) + ("x" if exponent == 1 else f"x^{exponent}")
        if not parts:
            parts.append(("-" if c < 0 else "") + body)
        else:
            parts.append((" - " if c < 0 else " + ") + body)
    return "".join(parts) if parts else "0"
