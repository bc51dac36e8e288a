def check(candidate):
    import random

    assert candidate([3, 3, 3], 7) == 2
    assert candidate([3, 3], 7) == 1
    assert candidate([], 5) == 0
    assert candidate([5], 5) == 1
    assert candidate([5, 5], 5) == 2
    assert candidate([1, 1, 1, 1], 7) == 1
    assert candidate([1, 1, 1, 1, 1], 7) == 2
    assert candidate([2, 4, 1, 6], 6) == 3
    try:
        candidate([2, 9], 8)
    except ValueError:
        pass
    else:
        assert False
    rng = random.Random(3)
    for _ in range(150):
        shelf = rng.randint(3, 12)
        widths = [rng.randint(1, shelf) for _ in range(rng.randint(0, 10))]
        shelves = []
        for w in widths:
            if shelves and sum(shelves[-1]) + len(shelves[-1]) + w <= shelf:
                shelves[-1].append(w)
            else:
                shelves.append([w])
        assert candidate(widths, shelf) == len(shelves), (widths, shelf)
