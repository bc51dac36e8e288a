def check(candidate):
    assert candidate([" ID , Name", "1, Ann", "2", "1, Bob", "3,x,y"]) == [{"id": "1", "name": "Ann"}, {"id": "2", "name": ""}]
    assert candidate([]) == []
    assert candidate(["id"]) == []
    assert candidate(["name,id", "", "a,1", "b, 1 ", "c,2"]) == [{"name": "a", "id": "1"}, {"name": "c", "id": "2"}]
    try:
        candidate(["name,email"])
    except ValueError:
        pass
    else:
        raise AssertionError("no id")
    import random
    rng = random.Random(167)
    for _ in range(300):
        cols = ["id"] + rng.sample(["a", "b", "c"], rng.randint(0, 3)); rng.shuffle(cols)
        lines = [",".join(c.upper() if rng.random() < 0.5 else c for c in cols)]
        want, seen = [], set()
        for _ in range(rng.randint(0, 8)):
            n = rng.randint(1, len(cols) + 1)
            vals = [str(rng.randint(0, 4)) for _ in range(n)]
            lines.append(", ".join(vals))
            if n > len(cols): continue
            row = dict(zip(cols, vals + [""] * (len(cols) - n)))
            if row["id"] in seen: continue
            seen.add(row["id"]); want.append(row)
        assert candidate(lines) == want
