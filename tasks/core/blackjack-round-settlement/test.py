def check(candidate):
    import random
    assert candidate([["10", "9"], ["A", "K"]], ["6", "10", "2"], 10) == (18, [10.0, 15.0])
    assert candidate([["A", "Q"]], ["A", "J"], 10) == (21, [0.0])
    assert candidate([["10", "5", "6"]], ["A", "J"], 10) == (21, [-10.0])
    assert candidate([["10", "6", "9"]], ["10", "6", "9"], 10) == (25, [-10.0])
    assert candidate([["10", "7"]], ["10", "6", "9"], 10) == (25, [10.0])
    assert candidate([["10", "7"]], ["A", "6", "4"], 10) == (21, [-10.0])
    assert candidate([["10", "7"]], ["A", "6", "K", "Q"], 10) == (17, [0.0])
    assert candidate([["10", "7"]], ["10", "7", "5"], 2) == (17, [0.0])
    assert candidate([["A", "A", "9"]], ["10", "8"], 4) == (18, [4.0])
    assert candidate([], ["10", "8"], 4) == (18, [])
    for args in [([["1", "2"]], ["10", "8"]), ([["10"]], ["10", "Z"]), ([["10"]], ["5", "6"])]:
        try:
            candidate(args[0], args[1], 1)
        except ValueError:
            pass
        else:
            raise AssertionError(args)
    cards = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]
    val = lambda c: 1 if c == "A" else 10 if c in "JQK" or c == "10" else int(c)
    def tot(h):
        t = sum(val(c) for c in h); a = sum(c == "A" for c in h); soft = False
        if a and t + 10 <= 21: t += 10; soft = True
        return t, soft
    rng = random.Random(313)
    for _ in range(400):
        deck = [rng.choice(cards) for _ in range(12)]
        d = deck[:2]; i = 2
        while tot(d)[0] < 17 or tot(d) == (17, True):
            d.append(deck[i]); i += 1
        dt = tot(d)[0]; dbj = len(d) == 2 and dt == 21
        hands = [[rng.choice(cards) for _ in range(rng.randint(2, 4))] for _ in range(rng.randint(0, 3))]
        want = []
        for h in hands:
            p = tot(h)[0]; bj = len(h) == 2 and p == 21
            if p > 21: want.append(-3.0)
            elif bj: want.append(0.0 if dbj else 4.5)
            elif dbj: want.append(-3.0)
            elif dt > 21 or p > dt: want.append(3.0)
            elif p == dt: want.append(0.0)
            else: want.append(-3.0)
        assert candidate(hands, deck, 3) == (dt, want)
