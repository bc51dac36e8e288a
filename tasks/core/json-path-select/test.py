def check(candidate):
    doc = {"a": [{"b": 1}, {"b": 2}, {"c": 3}], "k": {"x": [10, 20], "y": [30]}, "x.y": {"z": 5}, "n": None}
    assert candidate({"a": [{"b": 1}, {"b": 2}, {"c": 3}]}, ".a[*].b") == [1, 2]
    assert candidate(doc, '["x.y"].z') == [5]
    assert candidate(doc, "") == [doc]
    assert candidate(doc, ".k.*[0]") == [10, 30]
    assert candidate(doc, ".k.x[-1]") == [20]
    assert candidate(doc, ".k.x[-3]") == []
    assert candidate(doc, ".k.x[2]") == []
    assert candidate(doc, ".missing.b") == []
    assert candidate(doc, ".n") == [None]
    assert candidate(doc, "[*][*]") == [{"b": 1}, {"b": 2}, {"c": 3}, [10, 20], [30], 5]
    assert candidate([1, [2, 3]], "[1][0]") == [2]
    assert candidate({"a": 1}, ".a.b") == []
    assert candidate({"a": 1}, "[0]") == []
    assert candidate([1], ".a") == []
    assert candidate({"": 4}, '[""]') == [4]
    for bad in ["a", ".", "..a", "[", "[1", "[x]", '["a]', "[1.5]", "[--1]", ".a-b", "[ 1]"]:
        try:
            candidate(doc, bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    import random
    rng = random.Random(229)
    def gen(d):
        if d == 0 or rng.random() < 0.3:
            return rng.randint(0, 9)
        if rng.random() < 0.5:
            return {rng.choice("abc"): gen(d - 1) for _ in range(rng.randint(0, 3))}
        return [gen(d - 1) for _ in range(rng.randint(0, 3))]
    def apply(vals, step):
        out = []
        for v in vals:
            if step == "*":
                out += list(v.values()) if isinstance(v, dict) else list(v) if isinstance(v, list) else []
            elif isinstance(step, str):
                if isinstance(v, dict) and step in v: out.append(v[step])
            else:
                if isinstance(v, list) and -len(v) <= step < len(v): out.append(v[step])
        return out
    for _ in range(400):
        d = gen(4)
        steps = [rng.choice(["*", "a", "b", "c", 0, 1, -1, 2]) for _ in range(rng.randint(0, 4))]
        text = "".join(rng.choice([".*", "[*]"]) if s == "*" else (rng.choice([f".{s}", f'["{s}"]']) if isinstance(s, str) else f"[{s}]") for s in steps)
        vals = [d]
        for s in steps:
            vals = apply(vals, s)
        assert candidate(d, text) == vals, (d, text)
