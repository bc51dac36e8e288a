    best = None
    for i, (price, units) in enumerate(offers):
        if best is None or price * offers[best][1] < offers[best][0] * units:
            best = i
    return best
