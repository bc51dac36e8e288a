    if people < 1:
        raise ValueError("need at least one person")
    base, extra = divmod(total_cents, people)
    return [base + 1 if i < extra else base for i in range(people)]
