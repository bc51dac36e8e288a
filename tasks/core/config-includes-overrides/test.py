def check(candidate):
    files = {"main": "@include base\n[db]\nport = 5433", "base": "[db]\nhost = x\nport = 5432"}
    assert candidate(files, "main") == {"db": {"host": "x", "port": "5433"}}
    assert candidate({"a": ""}, "a") == {}
    assert candidate({"a": "x=1\n# c\n\n[s]\ny = a=b"}, "a") == {"": {"x": "1"}, "s": {"y": "a=b"}}
    f2 = {"a": "[s]\n@include b\nk = after", "b": "k = inner\n[t]\nz = 1"}
    assert candidate(f2, "a") == {"s": {"k": "after"}, "": {"k": "inner"}, "t": {"z": "1"}}
    f3 = {"a": "[s]\nk = 1\n@include b\n", "b": "[s]\nk = 2"}
    assert candidate(f3, "a") == {"s": {"k": "2"}}
    f4 = {"a": "@include b\n@include b", "b": "[n]\nc = 1"}
    assert candidate(f4, "a") == {"n": {"c": "1"}}
    for bad_files in [{"a": "@include a"}, {"a": "@include b", "b": "@include a"}, {"a": "@include nope"}, {"a": "just text"}, {"a": "= 3"}, {"a": "[]"}, {"a": "@include b c", "b": ""}]:
        try:
            candidate(bad_files, "a")
        except ValueError:
            pass
        else:
            raise AssertionError(bad_files)
    try:
        candidate({}, "x")
    except ValueError:
        pass
    else:
        raise AssertionError("missing entry")
    import random
    rng = random.Random(383)
    for _ in range(200):
        names = ["f0", "f1", "f2", "f3"]
        files = {}
        for i, n in enumerate(names):
            lines = []
            for _ in range(rng.randint(0, 5)):
                kind = rng.random()
                if kind < 0.2: lines.append(f"[{rng.choice('st')}]")
                elif kind < 0.35 and i + 1 < len(names): lines.append(f"@include {rng.choice(names[i + 1:])}")
                else: lines.append(f"{rng.choice('abc')} = {rng.randint(0, 9)}")
            files[n] = "\n".join(lines)
        out = {}
        def run(n):
            sec = ""
            for line in files[n].split("\n"):
                if not line: continue
                if line.startswith("@include"): run(line.split()[1])
                elif line.startswith("["): sec = line[1:-1]
                else:
                    k, v = line.split(" = "); out.setdefault(sec, {})[k] = v
        run("f0")
        assert candidate(files, "f0") == out
