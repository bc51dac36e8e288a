def check(candidate):
    def raises(*args):
        try:
            candidate(*args)
        except ValueError:
            return True
        return False

    assert candidate([10, 8], [4, 4, 4, 3], 1) == [0, 1, 0, 1]
    assert candidate([5], [6, 5, 1], 0) == [-1, 0, -1]
    assert candidate([10, 8], [], 2) == []
    assert candidate([], [3, 1], 0) == [-1, -1]
    # exact fit counts as fitting (including gap)
    assert candidate([7], [3, 3], 1) == [0, 0]
    assert candidate([6], [3, 3], 1) == [0, -1]
    # gap only applies behind another car: empty lane with less room wins if the fuller one can't take it
    assert candidate([5, 12], [6, 5], 2) == [1, 0]
    assert candidate([5, 12], [6, 5, 4], 2) == [1, 0, 1]
    # ties go to lowest index
    assert candidate([6, 6, 6], [2, 2, 2, 2], 0) == [0, 1, 2, 0]
    assert candidate([4, 6, 6], [1], 0) == [1]
    # most remaining space, not first fit
    assert candidate([5, 9, 7], [3, 3, 3], 0) == [1, 2, 1]
    # turned-away car does not consume space
    assert candidate([4, 3], [5, 3, 3], 0) == [-1, 0, 1]
    # gap zero vs nonzero
    assert candidate([9], [3, 3, 3], 0) == [0, 0, 0]
    assert candidate([9], [3, 3, 3], 1) == [0, 0, -1]
    # larger gap
    assert candidate([20, 10], [5, 5, 5, 5], 3) == [0, 0, 1, -1]
    # lanes list is not modified
    lanes = [8, 8]
    candidate(lanes, [3, 4, 5], 1)
    assert lanes == [8, 8]
    # brute force comparison
    import random
    rng = random.Random(11)
    for _ in range(200):
        ln = [rng.randint(0, 15) for _ in range(rng.randint(0, 4))]
        cs = [rng.randint(1, 7) for _ in range(rng.randint(0, 8))]
        g = rng.randint(0, 3)
        rem = list(ln)
        cnt = [0] * len(ln)
        exp = []
        for c in cs:
            fits = [i for i in range(len(ln)) if c + (g if cnt[i] else 0) <= rem[i]]
            if not fits:
                exp.append(-1)
                continue
            best = max(fits, key=lambda i: (rem[i], -i))
            rem[best] -= c + (g if cnt[best] else 0)
            cnt[best] += 1
            exp.append(best)
        assert candidate(list(ln), list(cs), g) == exp, (ln, cs, g)
    # errors
    assert raises([10], [3, 0], 1)
    assert raises([10], [-2], 0)
    assert raises([10], [3], -1)
    assert not raises([10], [1], 0)
    assert not raises([10], [], 0)
