def best_menu(groups, budget):
    """Choose at most one dish from each menu group to maximise total rating within a budget.

    `groups` is a list of groups; each group is a list of (price, rating) dishes with
    non-negative integers. Return (total_rating, choices) where choices[g] is the index of
    the dish chosen from group g, or None when that group is skipped. Among choices with the
    best rating prefer the lowest total price, and then the choice list that is smallest
    when compared group by group, with None counting as smaller than any index. A negative
    budget raises ValueError.

    >>> best_menu([[(5, 3), (8, 6)], [(4, 4), (2, 1)]], 12)
    (10, [1, 0])
    """
