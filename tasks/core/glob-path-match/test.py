def check(candidate):
    import random, re
    assert candidate("src/**/*.py", "src/a/b/c.py") is True
    assert candidate("src/*.py", "src/a/c.py") is False
    assert candidate("src/**/*.py", "src/c.py") is True
    assert candidate("**", "") is True
    assert candidate("**", "a/b") is True
    assert candidate("", "") is True
    assert candidate("a/", "a") is False
    assert candidate("a/", "a/") is True
    assert candidate("*", "a/b") is False
    assert candidate("?.txt", "ab.txt") is False
    assert candidate("[a-c]x", "bx") is True
    assert candidate("[!a-c]x", "bx") is False
    assert candidate("[!a-c]x", "dx") is True
    assert candidate("a*b*c", "aXbYbZc") is True
    assert candidate("**/x/**", "x") is True
    assert candidate("a/**/b", "a/b") is True
    assert candidate("a/**/b", "a/x/y/b") is True
    assert candidate("a/**/b", "a/x/y/c") is False
    for bad in ["[abc", "a/[]", "x/[!]"]:
        try:
            candidate(bad, "a")
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    def to_re(p):
        out = []
        for k, seg in enumerate(p.split("/")):
            if seg == "**":
                out.append("(?:[^/]*(?:/[^/]*)*)?" if False else None)
            else:
                r = ""
                i = 0
                while i < len(seg):
                    c = seg[i]
                    if c == "*": r += "[^/]*"
                    elif c == "?": r += "[^/]"
                    elif c == "[":
                        j = seg.index("]", i + 1); body = seg[i + 1:j]
                        neg = body.startswith("!"); body = body[1:] if neg else body
                        r += "[" + ("^" if neg else "") + body.replace("\\", "\\\\") + "]"; i = j
                    else: r += re.escape(c)
                    i += 1
                out.append(r)
        # build: segments joined by "/", "**" consumes zero or more segments
        rx = ""
        for k, seg in enumerate(out):
            if seg is None:
                rx += "(?:[^/]*/)*" if k < len(out) - 1 else "(?:[^/]*(?:/[^/]*)*)"
                continue
            rx += seg + ("/" if k < len(out) - 1 else "")
        return rx
    rng = random.Random(257)
    for _ in range(500):
        segs = [rng.choice(["**", "*", "a*", "?b", "[ab]", "[!a]c", "a", "b", "*.py"]) for _ in range(rng.randint(1, 4))]
        pat = "/".join(segs)
        path = "/".join("".join(rng.choice("abc.py") for _ in range(rng.randint(0, 3))) for _ in range(rng.randint(1, 4)))
        if any(s == "**" for s in segs):
            continue
        want = re.fullmatch(to_re(pat), path) is not None
        assert candidate(pat, path) is want, (pat, path)
    for _ in range(300):
        segs = [rng.choice(["**", "a", "b", "*"]) for _ in range(rng.randint(1, 4))]
        parts = [rng.choice(["a", "b", "c"]) for _ in range(rng.randint(1, 4))]
        from functools import lru_cache
        @lru_cache(None)
        def m(i, j):
            if i == len(segs): return j == len(parts)
            if segs[i] == "**": return m(i + 1, j) or (j < len(parts) and m(i, j + 1))
            return j < len(parts) and (segs[i] == "*" or segs[i] == parts[j]) and m(i + 1, j + 1)
        assert candidate("/".join(segs), "/".join(parts)) is m(0, 0), (segs, parts)
