def check(candidate):
    assert candidate("23A") == "window"
    assert candidate("7D") == "aisle"
    assert candidate("1F") == "window"
    assert candidate("12B") == "middle"
    assert candidate("30E") == "middle"
    assert candidate("9C") == "aisle"
    for bad in ["A", "23G", "23a", "", "2 A", "AB"]:
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    kinds = {"A": "window", "B": "middle", "C": "aisle", "D": "aisle", "E": "middle", "F": "window"}
    for r in range(1, 40):
        for l, k in kinds.items():
            assert candidate(f"{r}{l}") == k
