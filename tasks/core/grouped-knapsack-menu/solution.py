    if budget < 0:
        raise ValueError(budget)
    n = len(groups)
    # best[g][b]: (rating, -price) best achievable from groups g.. with budget b, plus the first choice
    from functools import lru_cache

    @lru_cache(maxsize=None)
    def solve(g, b):
        if g == n:
            return (0, 0, ())
        options = []
        rating, price, rest = solve(g + 1, b)
        options.append((rating, price, (None,) + rest))
        for index, (cost, value) in enumerate(groups[g]):
            if cost <= b:
                r, p, rest = solve(g + 1, b - cost)
                options.append((r + value, p + cost, (index,) + rest))
        def key(option):
            r, p, choice = option
            return (-r, p, tuple(-1 if c is None else c for c in choice))
        return min(options, key=key)

    rating, _, choice = solve(0, budget)
    return (rating, list(choice))
