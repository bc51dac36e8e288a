    import re
    token_re = re.compile(r'\s*(?:(-?[0-9]+)|"([^"]*)"|(==|!=|<=|>=|<|>|[()\[\],])|([A-Za-z_][A-Za-z0-9_]*))')
    tokens = []
    pos, end = 0, len(rule.rstrip())
    while pos < end:
        m = token_re.match(rule, pos)
        if not m:
            raise ValueError("bad token at %d" % pos)
        pos = m.end()
        num, text, sym, word = m.groups()
        if num is not None:
            tokens.append(("val", int(num)))
        elif text is not None:
            tokens.append(("val", text))
        elif sym is not None:
            tokens.append((sym, None))
        elif word in ("true", "false"):
            tokens.append(("val", word == "true"))
        elif word in ("and", "or", "not", "in"):
            tokens.append((word, None))
        else:
            tokens.append(("name", word))
    i = 0

    def peek():
        return tokens[i][0] if i < len(tokens) else None

    def take(kind):
        nonlocal i
        if peek() != kind:
            raise ValueError("expected %s" % kind)
        i += 1
        return tokens[i - 1][1]

    def parse_binary(op, sub):
        node = sub()
        while peek() == op:
            take(op)
            node = (op, node, sub())
        return node

    def parse_or():
        return parse_binary("or", parse_and)

    def parse_and():
        return parse_binary("and", parse_not)

    def parse_not():
        if peek() == "not":
            take("not")
            return ("not", parse_not())
        left = parse_operand()
        kind = peek()
        if kind in ("==", "!=", "<", "<=", ">", ">="):
            take(kind)
            return ("cmp", kind, left, parse_operand())
        if kind == "in":
            take("in")
            take("[")
            items = []
            if peek() != "]":
                items.append(parse_operand())
                while peek() == ",":
                    take(",")
                    items.append(parse_operand())
            take("]")
            return ("in", left, items)
        return left

    def parse_operand():
        kind = peek()
        if kind in ("val", "name"):
            return (kind, take(kind))
        take("(")
        node = parse_or()
        take(")")
        return node

    tree = parse_or()
    if i != len(tokens):
        raise ValueError("unexpected trailing tokens")

    def same(a, b):
        return type(a) is type(b) and a == b

    def boolean(v):
        if type(v) is not bool:
            raise ValueError("boolean expected")
        return v

    def ev(node):
        kind = node[0]
        if kind == "val":
            return node[1]
        if kind == "name":
            if node[1] not in context:
                raise ValueError("unknown name " + node[1])
            return context[node[1]]
        if kind == "not":
            return not boolean(ev(node[1]))
        if kind == "and":
            return boolean(ev(node[1])) and boolean(ev(node[2]))
        if kind == "or":
            return boolean(ev(node[1])) or boolean(ev(node[2]))
        if kind == "in":
            left = ev(node[1])
            items = [ev(item) for item in node[2]]
            return any(same(left, item) for item in items)
        op, a, b = node[1], ev(node[2]), ev(node[3])
        if op == "==":
            return same(a, b)
        if op == "!=":
            return not same(a, b)
        if type(a) is not type(b) or type(a) not in (int, str):
            raise ValueError("cannot order these values")
        if op == "<":
            return a < b
        if op == "<=":
            return a <= b
        if op == ">":
            return a > b
        return a >= b

    return boolean(ev(tree))
