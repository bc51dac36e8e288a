    atoms = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch in "*+?":
            raise ValueError("quantifier without an atom")
        if ch == "\\":
            if i + 1 >= len(pattern):
                raise ValueError("trailing backslash")
            lit = pattern[i + 1]
            test = lambda c, lit=lit: c == lit
            i += 2
        elif ch == ".":
            test = lambda c: True
            i += 1
        elif ch == "[":
            end = pattern.find("]", i + 1)
            if end == -1:
                raise ValueError("unclosed class")
            body = pattern[i + 1:end]
            negate = body.startswith("^")
            if negate:
                body = body[1:]
            chars, ranges = set(), []
            j = 0
            while j < len(body):
                if j + 2 < len(body) and body[j + 1] == "-":
                    ranges.append((body[j], body[j + 2]))
                    j += 3
                else:
                    chars.add(body[j])
                    j += 1
            test = lambda c, chars=chars, ranges=ranges, negate=negate: (c in chars or any(a <= c <= b for a, b in ranges)) != negate
            i = end + 1
        else:
            test = lambda c, ch=ch: c == ch
            i += 1
        quant = ""
        if i < len(pattern) and pattern[i] in "*+?":
            quant = pattern[i]
            i += 1
        atoms.append((test, quant))

    n, m = len(atoms), len(text)
    # ok[a][t]: atoms[a:] match text[t:].
    ok = [[False] * (m + 1) for _ in range(n + 1)]
    ok[n][m] = True
    for a in range(n - 1, -1, -1):
        test, quant = atoms[a]
        for t in range(m, -1, -1):
            here = t < m and test(text[t])
            if quant == "":
                ok[a][t] = here and ok[a + 1][t + 1]
            elif quant == "?":
                ok[a][t] = ok[a + 1][t] or (here and ok[a + 1][t + 1])
            elif quant == "*":
                ok[a][t] = ok[a + 1][t] or (here and ok[a][t + 1])
            else:
                ok[a][t] = here and (ok[a][t + 1] or ok[a + 1][t + 1])
    return ok[0][0]
