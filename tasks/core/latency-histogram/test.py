def check(candidate):
    def raises(*args):
        try:
            candidate(*args)
        except ValueError:
            return True
        return False

    assert candidate([12, 3, 37, 15, 10], 10) == [(0, 1), (10, 3), (20, 0), (30, 1)]
    assert candidate([250], 100) == [(200, 1)]
    assert candidate([], 10) == []
    assert candidate([0], 10) == [(0, 1)]
    # bucket edges
    assert candidate([9, 10], 10) == [(0, 1), (10, 1)]
    assert candidate([19, 20, 20, 29], 10) == [(10, 1), (20, 3)]
    # width 1: every value its own bucket
    assert candidate([3, 5, 3], 1) == [(3, 2), (4, 0), (5, 1)]
    # non-round width
    assert candidate([7, 8, 14, 15, 31], 7) == [(7, 2), (14, 2), (21, 0), (28, 1)]
    # lowest bucket not at zero, several empty buckets in the middle
    assert candidate([505, 950, 512], 100) == [(500, 2), (600, 0), (700, 0), (800, 0), (900, 1)]
    # all values in one bucket
    assert candidate([40, 41, 49, 45], 10) == [(40, 4)]
    # width larger than every latency
    assert candidate([1, 2, 999], 1000) == [(0, 3)]
    # top bucket included exactly once
    assert candidate([0, 1000], 500) == [(0, 1), (500, 0), (1000, 1)]
    # errors
    assert raises([1, 2], 0)
    assert raises([1, 2], -5)
    assert raises([], 0)
    assert raises([5, -1], 10)
    assert not raises([0, 5], 1)
