def check(candidate):
    assert candidate({"apple": 5}, {"apple": 40}, {"apple": (3, 100)}) == 180
    assert candidate({"apple": 6}, {"apple": 40}, {"apple": (3, 100)}) == 200
    assert candidate({"apple": 2}, {"apple": 40}, {"apple": (3, 100)}) == 80
    assert candidate({"pear": 4}, {"pear": 30}, {"pear": (2, 70)}) == 120
    assert candidate({"pear": 4}, {"pear": 30}, {"pear": (2, 60)}) == 120
    assert candidate({}, {"a": 1}, {}) == 0
    assert candidate({"a": 0, "b": 3}, {"a": 10, "b": 25}, {"b": (3, 50)}) == 50
    assert candidate({"a": 2, "b": 1}, {"a": 10, "b": 25, "c": 1}, {}) == 45
    try:
        candidate({"kiwi": 1}, {"apple": 40}, {})
    except KeyError:
        pass
    else:
        assert False
    try:
        candidate({"apple": -1}, {"apple": 40}, {})
    except ValueError:
        pass
    else:
        assert False
