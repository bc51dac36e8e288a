    order = sorted(range(len(meetings)), key=lambda i: (meetings[i][0], i))
    n = len(order)
    from functools import lru_cache
    import bisect
    starts = [meetings[i][0] for i in order]

    @lru_cache(maxsize=None)
    def best(k):
        """Best (value, -count, negated sorted indexes) using meetings order[k:]."""
        if k == n:
            return (0, 0, ())
        skip = best(k + 1)
        i = order[k]
        nxt = bisect.bisect_left(starts, meetings[i][1], lo=k + 1)
        value, neg_count, chosen = best(nxt)
        take = (value + meetings[i][2], neg_count - 1, tuple(sorted(chosen + (i,))))
        def key(option):
            return (option[0], option[1], tuple(-x for x in option[2]) + (1,))
        return max(skip, take, key=key)

    value, _, chosen = best(0)
    return (value, list(chosen))
