    import re
    token_re = re.compile(r"\s*(?:([A-Z]+[0-9]*)|([0-9]+)|([-+*():]))")
    ref_re = re.compile(r"[A-Z][1-9][0-9]?")

    def parse(formula):
        tokens = []
        pos, end = 0, len(formula.rstrip())
        while pos < end:
            m = token_re.match(formula, pos)
            if not m:
                return None
            pos = m.end()
            word, number, sym = m.groups()
            if number is not None:
                tokens.append(("num", int(number)))
            elif sym is not None:
                tokens.append((sym, None))
            elif word == "SUM":
                tokens.append(("sum", None))
            elif ref_re.fullmatch(word):
                tokens.append(("ref", word))
            else:
                return None
        i = 0

        def take(kind):
            nonlocal i
            if i >= len(tokens) or tokens[i][0] != kind:
                raise ValueError(kind)
            i += 1
            return tokens[i - 1][1]

        def peek():
            return tokens[i][0] if i < len(tokens) else None

        def expr():
            node = term()
            while peek() in ("+", "-"):
                op = peek()
                take(op)
                node = (op, node, term())
            return node

        def term():
            node = factor()
            while peek() == "*":
                take("*")
                node = ("*", node, factor())
            return node

        def factor():
            kind = peek()
            if kind == "-":
                take("-")
                return ("neg", factor())
            if kind in ("num", "ref"):
                return (kind, take(kind))
            if kind == "sum":
                take("sum")
                take("(")
                a = take("ref")
                take(":")
                b = take("ref")
                take(")")
                cols = sorted((a[0], b[0]))
                rows = sorted((int(a[1:]), int(b[1:])))
                names = [chr(c) + str(r) for c in range(ord(cols[0]), ord(cols[1]) + 1)
                         for r in range(rows[0], rows[1] + 1)]
                return ("sumof", names)
            take("(")
            node = expr()
            take(")")
            return node

        try:
            tree = expr()
        except ValueError:
            return None
        return tree if i == len(tokens) else None

    def refs(node):
        if node[0] == "ref":
            return [node[1]]
        if node[0] == "sumof":
            return list(node[1])
        if node[0] == "num":
            return []
        return [name for child in node[1:] for name in refs(child)]

    values = {}
    visiting = set()

    def value(name):
        if name not in cells:
            return 0
        if name in values:
            return values[name]
        if name in visiting:
            return "#CYCLE"
        raw = cells[name]
        if not raw.startswith("="):
            if raw == "":
                values[name] = 0
            elif re.fullmatch(r"-?[0-9]+", raw):
                values[name] = int(raw)
            else:
                values[name] = "#ERR"
            return values[name]
        tree = parse(raw[1:])
        if tree is None:
            values[name] = "#ERR"
            return values[name]
        visiting.add(name)
        got = {dep: value(dep) for dep in refs(tree)}
        visiting.discard(name)
        if "#CYCLE" in got.values():
            values[name] = "#CYCLE"
        elif "#ERR" in got.values():
            values[name] = "#ERR"
        else:
            def calc(node):
                kind = node[0]
                if kind == "num":
                    return node[1]
                if kind == "ref":
                    return got[node[1]]
                if kind == "sumof":
                    return sum(got[n] for n in node[1])
                if kind == "neg":
                    return -calc(node[1])
                left, right = calc(node[1]), calc(node[2])
                if kind == "+":
                    return left + right
                if kind == "-":
                    return left - right
                return left * right
            values[name] = calc(tree)
        return values[name]

    return {name: value(name) for name in cells}
