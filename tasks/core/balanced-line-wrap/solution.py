    if any(len(w) > width for w in words):
        raise ValueError("word longer than the width")
    n = len(words)
    best = [0] * (n + 1)
    choice = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        best[i] = None
        length = -1
        for j in range(i, n):
            length += len(words[j]) + 1
            if length > width:
                break
            cost = 0 if j == n - 1 else (width - length) ** 2 + best[j + 1]
            if best[i] is None or cost <= best[i]:
                best[i] = cost
                choice[i] = j + 1
    lines = []
    i = 0
    while i < n:
        lines.append(" ".join(words[i:choice[i]]))
        i = choice[i]
    return lines
