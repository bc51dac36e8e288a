    import re
    token_re = re.compile(r"\s*(?:(-?\d+)|'([^']*)'|(<=|>=|!=|=|<|>|\(|\)|,)|([A-Za-z_][A-Za-z0-9_]*))")
    tokens, pos = [], 0
    text = where.rstrip()
    while pos < len(text):
        m = token_re.match(text, pos)
        if not m or m.end() == pos:
            raise ValueError(where)
        number, string, symbol, word = m.groups()
        if number is not None:
            tokens.append(("value", int(number)))
        elif string is not None:
            tokens.append(("value", string))
        elif symbol is not None:
            tokens.append(("sym", symbol))
        elif word.upper() in ("AND", "OR", "NOT", "IN", "LIKE"):
            tokens.append(("kw", word.upper()))
        else:
            tokens.append(("field", word))
        pos = m.end()
    i = 0

    def peek():
        return tokens[i] if i < len(tokens) else (None, None)

    def expect(kind, value=None):
        nonlocal i
        tok = peek()
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise ValueError(where)
        i += 1
        return tok[1]

    def comparable(a, b):
        numbers = (int, float)
        if isinstance(a, bool) or isinstance(b, bool):
            return False
        return (isinstance(a, numbers) and isinstance(b, numbers)) or (isinstance(a, str) and isinstance(b, str))

    def like(pattern):
        return re.compile("".join(".*" if c == "%" else "." if c == "_" else re.escape(c) for c in pattern), re.S)

    def factor():
        nonlocal i
        if peek() == ("kw", "NOT"):
            i += 1
            inner = factor()
            return lambda r: not inner(r)
        if peek() == ("sym", "("):
            i += 1
            inner = cond()
            expect("sym", ")")
            return inner
        field = expect("field")
        tok = peek()
        if tok == ("kw", "IN"):
            i += 1
            expect("sym", "(")
            values = [expect("value")]
            while peek() == ("sym", ","):
                i += 1
                values.append(expect("value"))
            expect("sym", ")")
            return lambda r: any(comparable(r.get(field), v) and r.get(field) == v for v in values)
        if tok == ("kw", "LIKE"):
            i += 1
            pattern = expect("value")
            if not isinstance(pattern, str):
                raise ValueError(where)
            rx = like(pattern)
            return lambda r: isinstance(r.get(field), str) and rx.fullmatch(r.get(field)) is not None
        op = expect("sym")
        if op not in ("=", "!=", "<", "<=", ">", ">="):
            raise ValueError(where)
        value = expect("value")
        ops = {"=": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
               "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}
        return lambda r: comparable(r.get(field), value) and ops[op](r.get(field), value)

    def term():
        nonlocal i
        parts = [factor()]
        while peek() == ("kw", "AND"):
            i += 1
            parts.append(factor())
        return lambda r: all(p(r) for p in parts)

    def cond():
        nonlocal i
        parts = [term()]
        while peek() == ("kw", "OR"):
            i += 1
            parts.append(term())
        return lambda r: any(p(r) for p in parts)

    predicate = cond()
    if i != len(tokens):
        raise ValueError(where)
    return [k for k, r in enumerate(records) if predicate(r)]
