def check(candidate):
    assert candidate("HELLO THERE. HOW ARE YOU?FINE") == "Hello there. How are you?Fine"
    assert candidate("") == ""
    assert candidate("...WOW") == "...Wow"
    assert candidate("1 APPLE! 2 PEARS") == "1 Apple! 2 Pears"
    assert candidate("a.b.c") == "A.B.C"
    import random
    rng = random.Random(113)
    for _ in range(400):
        t = "".join(rng.choice("aB .!?1") for _ in range(rng.randint(0, 15)))
        out, cap = [], True
        for c in t.lower():
            if cap and c.isalpha():
                c, cap = c.upper(), False
            if c in ".!?":
                cap = True
            out.append(c)
        assert candidate(t) == "".join(out)
