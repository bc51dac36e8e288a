    if len(fill_ups) < 2 or fill_ups[-1][0] == fill_ups[0][0]:
        return None
    litres = sum(l for _, l in fill_ups[1:])
    return round(litres * 100 / (fill_ups[-1][0] - fill_ups[0][0]), 1)
