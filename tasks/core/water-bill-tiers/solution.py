    if litres < 0:
        raise ValueError(litres)
    tenths = 2 * min(litres, 10000) + 3 * max(0, min(litres, 30000) - 10000) + 5 * max(0, litres - 30000)
    return 500 + (tenths + 5) // 10
