    total = 0
    for code, qty in cart.items():
        if qty < 0:
            raise ValueError(f"negative quantity for {code}")
        unit = prices[code]
        offer = bundles.get(code)
        if offer and offer[1] < offer[0] * unit:
            groups, rest = divmod(qty, offer[0])
            total += groups * offer[1] + rest * unit
        else:
            total += qty * unit
    return total
