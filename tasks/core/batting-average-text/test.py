def check(candidate):
    assert candidate(1, 3) == ".333"
    assert candidate(4, 4) == "1.000"
    assert candidate(0, 0) == ".000"
    assert candidate(0, 5) == ".000"
    assert candidate(2, 3) == ".667"
    assert candidate(1, 8) == ".125"
    assert candidate(1, 16) == ".063"
    assert candidate(1, 2000) == ".001"
    from decimal import Decimal, ROUND_HALF_UP
    for ab in range(1, 60):
        for h in range(0, ab + 1):
            v = (Decimal(h) / Decimal(ab)).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
            want = "1.000" if v >= 1 else "." + str(v).split(".")[1]
            assert candidate(h, ab) == want
