    count = 0
    used = 0
    for w in widths:
        if w > shelf:
            raise ValueError("book wider than shelf")
        if count and used + 1 + w <= shelf:
            used += 1 + w
        else:
            count += 1
            used = w
    return count
