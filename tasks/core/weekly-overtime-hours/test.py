def check(candidate):
    assert candidate([8, 8, 8, 8, 8, 0, 0]) == 0
    assert candidate([10, 8, 8, 8, 8, 3, 0]) == 5
    assert candidate([8, 8, 8, 4, 0, 6, 2]) == 0
    assert candidate([0, 0, 0, 0, 0, 0, 0]) == 0
    assert candidate([9, 0, 0, 0, 0, 0, 0]) == 1
    assert candidate([12, 12, 0, 0, 0, 0, 0]) == 8
    assert candidate([12, 12, 0, 0, 0, 10, 10]) == 8
    assert candidate([8, 8, 8, 8, 7, 1, 0]) == 0
    assert candidate([8, 8, 8, 8, 7, 1, 1]) == 1
    assert candidate([8, 8, 8, 8, 7, 0, 2]) == 1
    assert candidate([8, 8, 8, 8, 8, 0, 5]) == 5
    assert candidate([8, 8, 8, 8, 8, 4, 0]) == 4
    assert candidate([0, 0, 0, 0, 0, 24, 24]) == 8
    assert candidate([0, 0, 0, 0, 0, 20, 20]) == 0
    assert candidate([11, 11, 11, 11, 11, 0, 0]) == 15
    assert candidate([11, 11, 11, 11, 11, 2, 3]) == 20
    assert candidate([7, 7, 7, 7, 7, 6, 0]) == 1
    assert candidate([6, 10, 6, 10, 6, 3, 4]) == 5
    assert candidate([8, 8, 8, 8, 9, 0, 0]) == 1
    assert candidate([8, 8, 8, 8, 8, 0, 1]) == 1
    for bad in ([8] * 6, [8] * 8, [], [8, 8, 8, 8, 8, -1, 0], [-2, 8, 8, 8, 8, 0, 0], [8, 8, 8, 8, 8, 0, -1]):
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError("expected ValueError for %r" % (bad,))
