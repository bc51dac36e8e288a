    import re
    token_re = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}\}|\{%\s*(.*?)\s*%\}")
    tokens, pos = [], 0
    for match in token_re.finditer(template):
        if match.start() > pos:
            tokens.append(("text", template[pos:match.start()]))
        if match.group(1) is not None:
            tokens.append(("var", match.group(1)))
        else:
            words = match.group(2).split()
            if len(words) == 2 and words[0] == "if":
                tokens.append(("if", words[1]))
            elif len(words) == 4 and words[0] == "for" and words[2] == "in" and words[1].isidentifier():
                tokens.append(("for", (words[1], words[3])))
            elif words in (["else"], ["endif"], ["endfor"]):
                tokens.append((words[0], None))
            else:
                raise ValueError(match.group(0))
        pos = match.end()
    if pos < len(template):
        tokens.append(("text", template[pos:]))

    def parse(i, closers):
        nodes = []
        while i < len(tokens):
            kind, arg = tokens[i]
            if kind in closers:
                return nodes, i
            if kind in ("else", "endif", "endfor"):
                raise ValueError(kind)
            if kind == "if":
                then, i = parse(i + 1, ("else", "endif"))
                otherwise = []
                if i < len(tokens) and tokens[i][0] == "else":
                    otherwise, i = parse(i + 1, ("endif",))
                if i >= len(tokens) or tokens[i][0] != "endif":
                    raise ValueError("unclosed if")
                nodes.append(("if", arg, then, otherwise))
            elif kind == "for":
                body, i = parse(i + 1, ("endfor",))
                if i >= len(tokens):
                    raise ValueError("unclosed for")
                nodes.append(("for", arg, body))
            else:
                nodes.append((kind, arg))
            i += 1
        if closers:
            raise ValueError("unclosed tag")
        return nodes, i

    def lookup(path, scopes):
        first, *rest = path.split(".")
        for scope in reversed(scopes):
            if isinstance(scope, dict) and first in scope:
                value = scope[first]
                break
        else:
            return None
        for part in rest:
            if not isinstance(value, dict) or part not in value:
                return None
            value = value[part]
        return value

    def render(nodes, scopes):
        out = []
        for node in nodes:
            if node[0] == "text":
                out.append(node[1])
            elif node[0] == "var":
                value = lookup(node[1], scopes)
                out.append("" if value is None else str(value))
            elif node[0] == "if":
                out.append(render(node[2] if lookup(node[1], scopes) else node[3], scopes))
            else:
                name, source = node[1]
                for item in lookup(source, scopes) or []:
                    out.append(render(node[2], scopes + [{name: item}]))
        return "".join(out)

    tree, _ = parse(0, ())
    return render(tree, [context])
