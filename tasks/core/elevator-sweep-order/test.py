def check(candidate):
    def raises(*args):
        try:
            candidate(*args)
        except ValueError:
            return True
        return False

    assert candidate(5, "up", [2, 8, 5, 6, 2, 10]) == [5, 6, 8, 10, 2]
    assert candidate(0, "down", [3, -1, -2, 1]) == [-1, -2, 1, 3]
    assert candidate(3, "up", []) == []
    assert candidate(3, "down", []) == []
    assert candidate(3, "up", [3]) == [3]
    assert candidate(3, "down", [3, 3, 3]) == [3]
    # only behind
    assert candidate(10, "up", [1, 7, 4]) == [7, 4, 1]
    assert candidate(-3, "down", [0, 5, -1]) == [-1, 0, 5]
    # only ahead
    assert candidate(2, "up", [9, 3]) == [3, 9]
    assert candidate(2, "down", [-4, 1, 0]) == [1, 0, -4]
    # neighbours on both sides
    assert candidate(4, "up", [3, 5]) == [5, 3]
    assert candidate(4, "down", [3, 5]) == [3, 5]
    assert candidate(4, "down", [5, 4, 3]) == [4, 3, 5]
    assert candidate(4, "up", [5, 4, 3]) == [4, 5, 3]
    # duplicates on each side
    assert candidate(0, "up", [2, 2, -2, -2, 1, -1]) == [1, 2, -1, -2]
    assert candidate(0, "down", [2, 2, -2, -2, 1, -1, 0]) == [0, -1, -2, 1, 2]
    # input not modified
    req = [9, 1, 5]
    candidate(5, "up", req)
    assert req == [9, 1, 5]
    # invalid direction
    assert raises(1, "UP", [2])
    assert raises(1, "sideways", [])
    assert raises(1, "", [1])
    assert not raises(1, "down", [2])
