def check(candidate):
    assert candidate([]) == []
    assert candidate([("A", "milk", 2, 10), ("B", "soap", 0, 3), ("A", "eggs", 5, 4)]) == [('A', 8, 'milk'), ('B', 3, 'soap')]
    assert candidate([("C", "tea", 9, 9)]) == []
    assert candidate([("C", "tea", 10, 9)]) == []
    # single item, deficit of exactly 1
    assert candidate([("Z", "jam", 4, 5)]) == [("Z", 1, "jam")]
    # equal totals: aisle name ascending
    assert candidate([("B", "x", 0, 5), ("A", "y", 0, 5), ("C", "z", 0, 6)]) == [("C", 6, "z"), ("A", 5, "y"), ("B", 5, "x")]
    # surplus in one item must not cancel deficit in another
    assert candidate([("D", "a", 20, 1), ("D", "b", 1, 4)]) == [("D", 3, "b")]
    # worst sku ties -> alphabetically smallest, regardless of order seen
    assert candidate([("E", "pear", 0, 4), ("E", "apple", 1, 5), ("E", "fig", 0, 2)]) == [("E", 10, "apple")]
    assert candidate([("E", "apple", 1, 5), ("E", "pear", 0, 4)]) == [("E", 8, "apple")]
    # larger deficit wins even if alphabetically later
    assert candidate([("F", "apple", 3, 4), ("F", "zucchini", 0, 7)]) == [("F", 8, "zucchini")]
    assert candidate([("F", "zucchini", 0, 7), ("F", "apple", 3, 4)]) == [("F", 8, "zucchini")]
    # same sku name in different aisles, a zero-deficit item seen first in an aisle
    items = [
        ("G", "bread", 5, 5), ("G", "rolls", 2, 6), ("H", "bread", 0, 2),
        ("H", "cake", 1, 3), ("G", "bagel", 0, 4), ("I", "salt", 3, 1),
    ]
    assert candidate(items) == [("G", 8, "bagel"), ("H", 4, "bread")]
    # many aisles, order by total desc
    items = [("K%d" % i, "s%d" % i, 0, i) for i in range(5)]
    assert candidate(items) == [("K4", 4, "s4"), ("K3", 3, "s3"), ("K2", 2, "s2"), ("K1", 1, "s1")]
    # descending deficits seen in order: later smaller deficit should not replace
    assert candidate([("M", "b", 0, 9), ("M", "a", 0, 3), ("M", "c", 0, 9)]) == [("M", 21, "b")]
    assert candidate([("M", "c", 0, 3), ("M", "b", 0, 9), ("M", "a", 0, 1)]) == [("M", 13, "b")]
