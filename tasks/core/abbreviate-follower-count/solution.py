    sign = "-" if n < 0 else ""
    n = abs(n)
    for unit, suffix in ((10 ** 9, "B"), (10 ** 6, "M"), (10 ** 3, "k")):
        if n >= unit:
            whole, tenth = divmod(n * 10 // unit, 10)
            if whole < 100 and tenth:
                return f"{sign}{whole}.{tenth}{suffix}"
            return f"{sign}{whole}{suffix}"
    return f"{sign}{n}"
