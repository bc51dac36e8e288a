    if n < 1:
        raise ValueError(n)
    for r, row in enumerate(rows):
        run = 0
        for i, seat in enumerate(row):
            run = run + 1 if seat == "." else 0
            if run == n:
                return (r, i - n + 1)
    return None
