def check(candidate):
    assert candidate({"Oak": 8, "Elm": 4, "Ash": 12}, 5) == "Oak"
    assert candidate({"Oak": 8, "Elm": 4}, 9) is None
    assert candidate({}, 1) is None
    assert candidate({"B": 6, "A": 6}, 6) == "A"
    assert candidate({"B": 6, "A": 7}, 4) == "B"
    import random
    rng = random.Random(97)
    for _ in range(400):
        rooms = {n: rng.randint(1, 10) for n in rng.sample("ABCDEFG", rng.randint(0, 7))}
        k = rng.randint(1, 11)
        ok = sorted((s, n) for n, s in rooms.items() if s >= k)
        assert candidate(rooms, k) == (ok[0][1] if ok else None)
