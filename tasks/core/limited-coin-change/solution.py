    if amount < 0:
        raise ValueError(amount)
    coins = sorted(supply, reverse=True)
    # best[a] = (coin count, tuple of counts per coin in descending value, negated) for amount a
    INF = None
    best = [INF] * (amount + 1)
    best[0] = (0, tuple(0 for _ in coins))

    def better(x, y):
        if y is None:
            return True
        if x[0] != y[0]:
            return x[0] < y[0]
        return x[1] > y[1]

    for index, coin in enumerate(coins):
        limit = supply[coin]
        new = list(best)
        for a in range(amount + 1):
            if best[a] is None:
                continue
            count, used = best[a]
            for k in range(1, limit + 1):
                target = a + k * coin
                if target > amount:
                    break
                candidate = (count + k, used[:index] + (used[index] + k,) + used[index + 1:])
                if better(candidate, new[target]):
                    new[target] = candidate
        best = new
    if best[amount] is None:
        return None
    return {coin: n for coin, n in zip(coins, best[amount][1]) if n > 0}
