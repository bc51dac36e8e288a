    tokens = []
    i = 0
    while i < len(expression):
        ch = expression[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(expression) and expression[j].isdigit():
                j += 1
            tokens.append(int(expression[i:j]))
            i = j
        elif ch in "+-*/()":
            tokens.append(ch)
            i += 1
        else:
            raise ValueError(f"unexpected character {ch!r}")
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        if pos >= len(tokens):
            raise ValueError("unexpected end of expression")
        pos += 1
        return tokens[pos - 1]

    def expr():
        value = term()
        while peek() in ("+", "-"):
            op = take()
            right = term()
            value = value + right if op == "+" else value - right
        return value

    def term():
        value = unary()
        while peek() in ("*", "/"):
            op = take()
            right = unary()
            if op == "*":
                value *= right
            else:
                if right == 0:
                    raise ZeroDivisionError("division by zero")
                quotient = abs(value) // abs(right)
                value = quotient if (value < 0) == (right < 0) else -quotient
        return value

    def unary():
        if peek() == "-":
            take()
            return -unary()
        return atom()

    def atom():
        token = take()
        if token == "(":
            value = expr()
            if take() != ")":
                raise ValueError("expected ')'")
            return value
        if isinstance(token, int):
            return token
        raise ValueError(f"unexpected token {token!r}")

    result = expr()
    if pos != len(tokens):
        raise ValueError("trailing input")
    return result
