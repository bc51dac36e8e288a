def check(candidate):
    def raises(*args):
        try:
            candidate(*args)
        except ValueError:
            return True
        return False

    assert candidate(2, 3, [(1, 2)], ["ann", "bo", "cy", "di"]) == [['ann', 'bo', 'cy'], ['.', 'di', '#']]
    assert candidate(1, 2, [], []) == [['.', '.']]
    assert candidate(0, 0, [], []) == []
    assert candidate(0, 5, [], []) == []
    assert candidate(3, 0, [], []) == [[], [], []]
    assert candidate(1, 1, [], ["x"]) == [["x"]]
    assert candidate(1, 1, [(0, 0)], []) == [["#"]]
    # full snake over three rows
    names = [str(i) for i in range(9)]
    assert candidate(3, 3, [], names) == [["0", "1", "2"], ["5", "4", "3"], ["6", "7", "8"]]
    # four rows, blocks in both directions, duplicate block entry
    assert candidate(4, 3, [(0, 1), (2, 2), (3, 0), (0, 1)], list("abcdefghi")) == [
        ["a", "#", "b"], ["e", "d", "c"], ["f", "g", "#"], ["#", "i", "h"]]
    assert candidate(4, 3, [(0, 1), (2, 2), (3, 0)], list("abcdefg")) == [
        ["a", "#", "b"], ["e", "d", "c"], ["f", "g", "#"], ["#", ".", "."]]
    # second row starts from the right
    assert candidate(2, 4, [], ["p", "q", "r", "s", "t"]) == [["p", "q", "r", "s"], [".", ".", ".", "t"]]
    # blocked at the very end of a reversed row
    assert candidate(2, 2, [(1, 1)], ["a", "b", "c"]) == [["a", "b"], ["c", "#"]]
    # exactly as many names as usable seats
    assert candidate(2, 2, [(0, 0)], ["a", "b", "c"]) == [["#", "a"], ["c", "b"]]
    # too many names
    assert raises(2, 2, [(0, 0)], ["a", "b", "c", "d"])
    assert raises(1, 1, [(0, 0)], ["a"])
    assert raises(0, 0, [], ["a"])
    assert raises(4, 3, [(0, 1), (2, 2), (3, 0)], list("abcdefghij"))
    assert not raises(2, 2, [], ["a", "b", "c", "d"])
    # blocked outside grid
    assert raises(2, 2, [(2, 0)], [])
    assert raises(2, 2, [(0, 2)], [])
    assert raises(2, 2, [(-1, 0)], [])
    assert raises(2, 2, [(0, -1)], [])
    assert raises(0, 3, [(0, 0)], [])
    assert not raises(2, 2, [(1, 1), (0, 0)], [])
    # result rows are independent lists
    g = candidate(2, 2, [], [])
    g[0][0] = "z"
    assert g[1][0] == "."
