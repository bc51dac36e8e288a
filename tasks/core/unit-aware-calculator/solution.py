    import re
    units = {"km": (1000.0, (1, 0, 0)), "m": (1.0, (1, 0, 0)), "cm": (0.01, (1, 0, 0)),
             "h": (3600.0, (0, 1, 0)), "min": (60.0, (0, 1, 0)), "s": (1.0, (0, 1, 0)),
             "kg": (1.0, (0, 0, 1)), "g": (0.001, (0, 0, 1))}
    token_re = re.compile(r"\s*(?:(\d+(?:\.\d+)?)\s*(km|min|cm|kg|m|h|s|g)?(?![a-z])|([-+*/()]))")
    tokens, pos = [], 0
    text = expression.rstrip()
    while pos < len(text):
        match = token_re.match(text, pos)
        if not match or match.end() == pos:
            raise ValueError(expression)
        number, unit, op = match.groups()
        if number is not None:
            factor, dims = units[unit] if unit else (1.0, (0, 0, 0))
            tokens.append(("num", (float(number) * factor, dims)))
        else:
            tokens.append(("op", op))
        pos = match.end()
    index = 0

    def peek():
        return tokens[index] if index < len(tokens) else (None, None)

    def primary():
        nonlocal index
        kind, value = peek()
        if kind == "num":
            index += 1
            return value
        if value == "(":
            index += 1
            result = expr()
            if peek() != ("op", ")"):
                raise ValueError(expression)
            index += 1
            return result
        raise ValueError(expression)

    def term():
        nonlocal index
        value, dims = primary()
        while peek()[1] in ("*", "/") and peek()[0] == "op":
            op = peek()[1]
            index += 1
            other, other_dims = primary()
            if op == "*":
                value, dims = value * other, tuple(a + b for a, b in zip(dims, other_dims))
            else:
                if other == 0:
                    raise ValueError("division by zero")
                value, dims = value / other, tuple(a - b for a, b in zip(dims, other_dims))
        return value, dims

    def expr():
        nonlocal index
        value, dims = term()
        while peek()[1] in ("+", "-") and peek()[0] == "op":
            op = peek()[1]
            index += 1
            other, other_dims = term()
            if other_dims != dims:
                raise ValueError("dimension mismatch")
            value = value + other if op == "+" else value - other
        return value, dims

    value, dims = expr()
    if index != len(tokens):
        raise ValueError(expression)
    parts = []
    for name, power in zip(("m", "s", "kg"), dims):
        if power == 1:
            parts.append(name)
        elif power != 0:
            parts.append(f"{name}^{power}")
    return (round(value, 6), "*".join(parts))
