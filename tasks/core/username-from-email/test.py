def check(candidate):
    assert candidate("Ada.Lovelace+news@example.org") == "ada.lovelace"
    assert candidate("+tag@example.org") is None
    assert candidate("bob@x") == "bob"
    assert candidate("bob@") is None
    assert candidate("@x.org") is None
    assert candidate("a@b@c") is None
    assert candidate("plain") is None
    assert candidate("A+b+c@d") == "a"
    import random
    rng = random.Random(71)
    for _ in range(400):
        s = "".join(rng.choice("aB.+@x") for _ in range(rng.randint(0, 9)))
        if s.count("@") != 1:
            want = None
        else:
            local, dom = s.split("@")
            n = local.split("+")[0].lower()
            want = n if dom and n else None
        assert candidate(s) == want
