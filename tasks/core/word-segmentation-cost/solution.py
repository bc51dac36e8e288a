    n = len(text)
    best = [None] * (n + 1)
    best[n] = (0, 0, ())
    for i in range(n - 1, -1, -1):
        options = []
        for j in range(i + 1, n + 1):
            piece = text[i:j]
            if piece in costs:
                cost, count, lengths = best[j]
                options.append((cost + costs[piece], count + 1, (-(j - i),) + lengths))
        cost, count, lengths = best[i + 1]
        options.append((cost + unknown_cost, count + 1, (-1,) + lengths))
        best[i] = min(options)
    total, _, lengths = best[0]
    pieces, i = [], 0
    for negative in lengths:
        pieces.append(text[i:i - negative])
        i -= negative
    return (total, pieces)
