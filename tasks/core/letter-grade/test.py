def check(candidate):
    expected = {100: "A", 90: "A", 89: "B", 80: "B", 79: "C", 70: "C", 69: "D", 60: "D", 59: "F", 0: "F", 95: "A", 85: "B", 75: "C", 65: "D", 30: "F"}
    for score, letter in expected.items():
        assert candidate(score) == letter, score
    for bad in (-1, 101, 1000):
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            assert False, bad
