def check(candidate):
    assert candidate(["t1 info up", "t2 ERROR disk full", "oops", "t3 error again"]) == {"INFO": 1, "ERROR": 2, "malformed": 1, "first_error": "disk full"}
    assert candidate([]) == {"malformed": 0, "first_error": None}
    assert candidate(["", "   "]) == {"malformed": 0, "first_error": None}
    assert candidate(["t ERROR"]) == {"ERROR": 1, "malformed": 0, "first_error": ""}
    assert candidate([" t1 INFO x", "t1 FATAL x", "t1"]) == {"malformed": 3, "first_error": None}
    assert candidate(["t Warn  two  spaces"]) == {"WARN": 1, "malformed": 0, "first_error": None}
    import random
    rng = random.Random(139)
    for _ in range(300):
        lines, counts, bad, first = [], {}, 0, None
        for _ in range(rng.randint(0, 8)):
            lv = rng.choice(["debug", "INFO", "Warn", "ERROR", "error", "TRACE"])
            msg = rng.choice(["", "a", "b c"])
            line = f"t{rng.randint(0, 9)} {lv}" + (f" {msg}" if msg or rng.random() < 0.5 else "")
            lines.append(line)
            up = lv.upper()
            if up == "TRACE":
                bad += 1
            else:
                counts[up] = counts.get(up, 0) + 1
                if up == "ERROR" and first is None:
                    p = line.split(" ", 2)
                    first = p[2] if len(p) == 3 else ""
        assert candidate(lines) == {**counts, "malformed": bad, "first_error": first}
