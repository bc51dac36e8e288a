    left = {w: dict(items) for w, items in stock.items()}
    result = {}
    for order_id, region, sku, units, _priority in sorted(orders, key=lambda o: (-o[4], o[0])):
        takes = []
        need = units
        nearby = sorted((km, w) for (w, r), km in distances.items() if r == region and w in left)
        for _, warehouse in nearby:
            if need <= 0:
                break
            have = left[warehouse].get(sku, 0)
            take = min(have, need)
            if take > 0:
                left[warehouse][sku] = have - take
                need -= take
                takes.append((warehouse, take))
        result[order_id] = takes
    return result
