def check(candidate):
    import random
    assert candidate(1000, [("pay", 1000), ("ship",), ("refund", 400), ("cancel",)]) == ("shipped", 400, [3])
    assert candidate(500, []) == ("placed", 0, [])
    assert candidate(500, [("pay", 400), ("pay", 500)]) == ("paid", 0, [0])
    assert candidate(500, [("cancel",), ("pay", 500)]) == ("cancelled", 0, [1])
    assert candidate(500, [("pay", 500), ("cancel",), ("refund", 1)]) == ("cancelled", 500, [2])
    assert candidate(500, [("refund", 100)]) == ("placed", 0, [0])
    assert candidate(500, [("pay", 500), ("refund", 300), ("refund", 300), ("refund", 200), ("deliver",)]) == ("refunded", 500, [2, 4])
    assert candidate(500, [("pay", 500), ("refund", 0), ("ship",), ("ship",), ("deliver",), ("cancel",)]) == ("delivered", 0, [1, 3, 5])
    assert candidate(0, [("pay", 0), ("refund", 1)]) == ("paid", 0, [1])
    try:
        candidate(5, [("return",)])
    except ValueError:
        pass
    else:
        raise AssertionError("unknown")
    rng = random.Random(277)
    for _ in range(400):
        total = rng.choice([0, 100, 250])
        evs = []
        for _ in range(rng.randint(0, 8)):
            k = rng.choice(["pay", "ship", "deliver", "cancel", "refund"])
            evs.append((k, rng.choice([total, 50, 100, 0])) if k in ("pay", "refund") else (k,))
        st, paid, ref, rej = "placed", 0, 0, []
        for i, e in enumerate(evs):
            k = e[0]
            if k == "pay" and st == "placed" and e[1] == total: st, paid = "paid", total
            elif k == "ship" and st == "paid": st = "shipped"
            elif k == "deliver" and st == "shipped": st = "delivered"
            elif k == "cancel" and st in ("placed", "paid"):
                if st == "paid": ref = paid
                st = "cancelled"
            elif k == "refund" and paid > 0 and st != "refunded" and e[1] > 0 and ref + e[1] <= paid:
                ref += e[1]
                if ref == paid: st = "refunded"
            else: rej.append(i)
        assert candidate(total, evs) == (st, ref, rej)
