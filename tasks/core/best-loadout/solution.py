    if capacity < 0 or max_items < 0:
        raise ValueError("limits must be non-negative")
    # best[k][w]: best value using at most k items and weight at most w.
    best = [[0] * (capacity + 1) for _ in range(max_items + 1)]
    for weight, value in items:
        for k in range(max_items, 0, -1):
            row, prev = best[k], best[k - 1]
            for w in range(capacity, weight - 1, -1):
                if prev[w - weight] + value > row[w]:
                    row[w] = prev[w - weight] + value
    return best[max_items][capacity]
