    def segment_match(pat, text):
        tokens, i = [], 0
        while i < len(pat):
            c = pat[i]
            if c == "[":
                close = pat.find("]", i + 1)
                if close < 0:
                    raise ValueError(pat)
                body = pat[i + 1:close]
                negate = body.startswith("!")
                if negate:
                    body = body[1:]
                if not body:
                    raise ValueError(pat)
                chars, k = set(), 0
                while k < len(body):
                    if k + 2 < len(body) and body[k + 1] == "-":
                        chars.update(chr(x) for x in range(ord(body[k]), ord(body[k + 2]) + 1))
                        k += 3
                    else:
                        chars.add(body[k])
                        k += 1
                tokens.append(("class", chars, negate))
                i = close + 1
            else:
                tokens.append((c, None, None))
                i += 1
        ok = [[False] * (len(text) + 1) for _ in range(len(tokens) + 1)]
        ok[len(tokens)][len(text)] = True
        for t in range(len(tokens) - 1, -1, -1):
            kind, chars, negate = tokens[t]
            for j in range(len(text), -1, -1):
                if kind == "*":
                    ok[t][j] = ok[t + 1][j] or (j < len(text) and ok[t][j + 1])
                elif j < len(text):
                    if kind == "?":
                        hit = True
                    elif kind == "class":
                        hit = (text[j] in chars) != negate
                    else:
                        hit = text[j] == kind
                    ok[t][j] = hit and ok[t + 1][j + 1]
        return ok[0][0]

    pats, parts = pattern.split("/"), path.split("/")
    for p in pats:
        if p != "**":
            segment_match(p, "")  # validates classes even if never reached
    memo = {}
    def match(a, b):
        if (a, b) in memo:
            return memo[(a, b)]
        if a == len(pats):
            result = b == len(parts)
        elif pats[a] == "**":
            result = match(a + 1, b) or (b < len(parts) and match(a, b + 1))
        else:
            result = b < len(parts) and segment_match(pats[a], parts[b]) and match(a + 1, b + 1)
        memo[(a, b)] = result
        return result
    return match(0, 0)
