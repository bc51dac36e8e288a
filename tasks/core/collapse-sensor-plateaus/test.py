def check(candidate):
    assert candidate([20, 21, 19, 25, 26, 20], 1) == [(0, 3, 20), (3, 2, 25), (5, 1, 20)]
    assert candidate([5, 6, 7, 8], 2) == [(0, 3, 5), (3, 1, 8)]
    assert candidate([], 0) == []
    assert candidate([], 3) == []
    assert candidate([7], 0) == [(0, 1, 7)]
    assert candidate([-4], 5) == [(0, 1, -4)]
    # tolerance zero: plain run-length
    assert candidate([1, 1, 2, 2, 2, 1], 0) == [(0, 2, 1), (2, 3, 2), (5, 1, 1)]
    # exact boundary: difference equal to tolerance stays, one more breaks
    assert candidate([10, 13, 7, 14], 3) == [(0, 3, 10), (3, 1, 14)]
    assert candidate([10, 6], 3) == [(0, 1, 10), (1, 1, 6)]
    # compared to anchor, not neighbour (drift)
    assert candidate([0, 1, 2, 3, 4, 5, 6], 1) == [(0, 2, 0), (2, 2, 2), (4, 2, 4), (6, 1, 6)]
    # negatives
    assert candidate([-5, -7, -3, -8, -9], 2) == [(0, 3, -5), (3, 2, -8)]
    # all one plateau
    assert candidate([3, 4, 2, 3, 4, 2], 1) == [(0, 6, 3)]
    # large tolerance
    assert candidate([100, -100, 50], 200) == [(0, 3, 100)]
    # every reading its own plateau
    assert candidate([0, 5, 0, 5], 4) == [(0, 1, 0), (1, 1, 5), (2, 1, 0), (3, 1, 5)]
    # errors
    for bad in (-1, -10):
        try:
            candidate([1, 2], bad)
        except ValueError:
            pass
        else:
            assert False, "expected ValueError"
    try:
        candidate([], -1)
    except ValueError:
        pass
    else:
        assert False, "expected ValueError"
