def check(candidate):
    import random
    import re

    assert candidate({"A1": "5", "A2": "=A1*2+B9", "A3": "=SUM(A2:A1)-1"}) == {"A1": 5, "A2": 10, "A3": 14}
    assert candidate({"A1": "=B1", "B1": "=A1+1", "C1": "=B1", "D1": "x", "E1": "=D1"}) == \
        {"A1": "#CYCLE", "B1": "#CYCLE", "C1": "#CYCLE", "D1": "#ERR", "E1": "#ERR"}
    assert candidate({}) == {}
    # constants
    assert candidate({"A1": "", "A2": "-0", "A3": "007", "A4": "-12", "A5": " 3", "A6": "3 ", "A7": "+3",
                      "A8": "1.5", "A9": "--1", "B1": "-"}) == \
        {"A1": 0, "A2": 0, "A3": 7, "A4": -12, "A5": "#ERR", "A6": "#ERR", "A7": "#ERR",
         "A8": "#ERR", "A9": "#ERR", "B1": "#ERR"}
    # precedence and associativity
    f = {"A1": "=2+3*4", "A2": "=(2+3)*4", "A3": "=10-3-2", "A4": "=10-(3-2)", "A5": "=-2*-3",
         "A6": "=--4", "A7": "=2*3-4*5", "A8": "= 1 +  2 ", "A9": "=0", "B1": "=-(1+2)*3", "B2": "=7-2*3+1"}
    assert candidate(f) == {"A1": 14, "A2": 20, "A3": 5, "A4": 9, "A5": 6, "A6": 4, "A7": -14, "A8": 3,
                            "A9": 0, "B1": -9, "B2": 2}
    # references, empty cells, ranges in any corner order
    g = {"A1": "1", "B1": "2", "A2": "3", "B2": "4", "C3": "=SUM(B2:A1)", "C4": "=SUM(A2:B1)",
         "C5": "=SUM(A1:A1)", "C6": "=SUM(Z98:Z99)+Q5", "C7": "=SUM(A1:B2)*SUM(B1:B2)", "C8": "=C3-C4+C5"}
    assert candidate(g) == {"A1": 1, "B1": 2, "A2": 3, "B2": 4, "C3": 10, "C4": 10, "C5": 1, "C6": 0,
                            "C7": 60, "C8": 1}
    assert candidate({"A10": "4", "A9": "5", "B99": "=SUM(A9:A10)*A10"}) == {"A10": 4, "A9": 5, "B99": 36}
    # syntax errors
    bad = ["=", "=1+", "=*2", "=(1", "=1)", "=a1", "=A0", "=A100", "=A01", "=AA1", "=SUM(A1)", "=SUM(A1:B)",
           "=SUM A1:A2", "=SUM(A1:A2", "=sum(A1:A2)", "=1 2", "=A1 B1", "=2A", "=1/2", "=SUM(1:2)",
           "=SUM", "=()", "=1+-", "=A1:A2", "=SUM1", "=3 # 4", "=SUM((A1:A2))"]
    for b in bad:
        out = candidate({"A1": "1", "A2": "2", "B1": "3", "C9": b})
        assert out["C9"] == "#ERR", b
        assert out["A1"] == 1 and out["A2"] == 2 and out["B1"] == 3
    # a malformed formula breaks a cycle; errors propagate
    assert candidate({"A1": "=B1", "B1": "=A1+"}) == {"A1": "#ERR", "B1": "#ERR"}
    assert candidate({"A1": "=B1+C1", "B1": "oops", "C1": "=D1", "D1": "=C1"}) == \
        {"A1": "#CYCLE", "B1": "#ERR", "C1": "#CYCLE", "D1": "#CYCLE"}
    assert candidate({"A1": "=C1+B1", "B1": "oops", "C1": "=D1", "D1": "=C1"}) == \
        {"A1": "#CYCLE", "B1": "#ERR", "C1": "#CYCLE", "D1": "#CYCLE"}
    assert candidate({"A1": "=B1*0", "B1": "=C1", "C1": "bad"}) == {"A1": "#ERR", "B1": "#ERR", "C1": "#ERR"}
    # self reference, directly and through a range
    assert candidate({"A1": "=A1"}) == {"A1": "#CYCLE"}
    assert candidate({"A2": "=SUM(A1:A3)", "A1": "1", "A3": "2"}) == {"A2": "#CYCLE", "A1": 1, "A3": 2}
    assert candidate({"A2": "=SUM(A1:A3)", "A1": "1", "A3": "2", "B1": "=A1+A3"}) == \
        {"A2": "#CYCLE", "A1": 1, "A3": 2, "B1": 3}
    # cells that feed a cycle but do not depend on it are fine
    assert candidate({"A1": "=B1", "B1": "=A1+C1", "C1": "4", "D1": "=C1*2"}) == \
        {"A1": "#CYCLE", "B1": "#CYCLE", "C1": 4, "D1": 8}
    # long chain in reverse order, diamond shape
    chain = {"A%d" % k: "=A%d+1" % (k + 1) for k in range(1, 30)}
    chain["A30"] = "1"
    out = candidate(chain)
    assert out["A1"] == 30 and out["A30"] == 1 and out["A15"] == 16
    assert candidate({"D1": "=B1+C1", "B1": "=A1", "C1": "=A1*A1", "A1": "-3"}) == {"D1": 6, "B1": -3, "C1": 9, "A1": -3}

    # random comparison against an independent oracle
    names = [c + str(r) for c in "ABC" for r in (1, 2, 3)]

    def oracle(cells):
        deps = {}
        for n, raw in cells.items():
            if raw.startswith("="):
                ds = set()
                for a, b in re.findall(r"SUM\(([A-Z]\d+):([A-Z]\d+)\)", raw):
                    c0, c1 = sorted((a[0], b[0]))
                    r0, r1 = sorted((int(a[1:]), int(b[1:])))
                    for c in range(ord(c0), ord(c1) + 1):
                        for r in range(r0, r1 + 1):
                            ds.add(chr(c) + str(r))
                stripped = re.sub(r"SUM\([^)]*\)", "", raw)
                ds.update(re.findall(r"[A-Z]\d+", stripped))
                deps[n] = {d for d in ds if d in cells}
            else:
                deps[n] = set()
        reach = {n: set(deps[n]) for n in cells}
        for _ in range(len(cells)):
            for n in cells:
                for d in list(reach[n]):
                    reach[n] |= reach[d]
        cyclic = {n for n in cells if n in reach[n]}
        out = {}
        for n in cells:
            if n in cyclic or reach[n] & cyclic:
                out[n] = "#CYCLE"
        for n, raw in cells.items():
            if not raw.startswith("=") and n not in out:
                out[n] = int(raw) if re.fullmatch(r"-?\d+", raw) else "#ERR"
        while len(out) < len(cells):
            for n, raw in cells.items():
                if n in out or any(d not in out for d in deps[n]):
                    continue
                if any(out[d] == "#ERR" for d in deps[n]):
                    out[n] = "#ERR"
                    continue

                def val(name):
                    return "(%d)" % out[name] if name in cells else "(0)"

                def sum_sub(m):
                    a, b = m.group(1), m.group(2)
                    c0, c1 = sorted((a[0], b[0]))
                    r0, r1 = sorted((int(a[1:]), int(b[1:])))
                    parts = [val(chr(c) + str(r)) for c in range(ord(c0), ord(c1) + 1) for r in range(r0, r1 + 1)]
                    return "(" + "+".join(parts) + ")"

                text = re.sub(r"SUM\(([A-Z]\d+):([A-Z]\d+)\)", sum_sub, raw[1:])
                text = re.sub(r"[A-Z]\d+", lambda m: val(m.group(0)), text)
                out[n] = eval(text)
        return out

    rng = random.Random(21)

    def gen_formula(depth):
        r = rng.random()
        if depth <= 0 or r < 0.35:
            c = rng.randrange(3)
            if c == 0:
                return str(rng.randint(0, 9))
            if c == 1:
                return rng.choice(names)
            return "SUM(%s:%s)" % (rng.choice(names), rng.choice(names))
        c = rng.randrange(5)
        if c == 0:
            return "-" + gen_formula(depth - 1)
        if c == 1:
            return "(" + gen_formula(depth - 1) + ")"
        return gen_formula(depth - 1) + rng.choice([" + ", "-", " * ", "*", "+ "]) + gen_formula(depth - 1)

    for _ in range(150):
        cells = {}
        for n in rng.sample(names, rng.randint(1, 9)):
            k = rng.random()
            if k < 0.3:
                cells[n] = str(rng.randint(-5, 9))
            elif k < 0.35:
                cells[n] = "zz"
            else:
                cells[n] = "=" + gen_formula(rng.randint(0, 3))
        assert candidate(dict(cells)) == oracle(cells), cells
