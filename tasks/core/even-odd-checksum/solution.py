    total = 0
    for i, ch in enumerate(code):
        if ch not in "0123456789":
            raise ValueError(ch)
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10
