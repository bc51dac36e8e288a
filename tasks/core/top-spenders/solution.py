    totals = {}
    for name, cents in payments:
        totals[name] = totals.get(name, 0) + cents
    ranked = sorted((name for name in totals if totals[name] > 0), key=lambda n: (-totals[n], n))
    return ranked[:k]
