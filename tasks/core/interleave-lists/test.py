def check(candidate):
    assert candidate([1, 2, 3], [10, 20]) == [1, 10, 2, 20, 3]
    assert candidate([], [4, 5]) == [4, 5]
    assert candidate([4, 5], []) == [4, 5]
    assert candidate([], []) == []
    assert candidate([1], [2, 3, 4]) == [1, 2, 3, 4]
    assert candidate([7, 8], [9, 10]) == [7, 9, 8, 10]
    a, b = [1, 2], [3]
    candidate(a, b)
    assert a == [1, 2] and b == [3]
