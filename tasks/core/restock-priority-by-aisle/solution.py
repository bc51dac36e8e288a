    totals = {}
    worst = {}
    for aisle, sku, on_hand, target in items:
        deficit = max(0, target - on_hand)
        totals[aisle] = totals.get(aisle, 0) + deficit
        best = worst.get(aisle)
        if best is None or deficit > best[0] or (deficit == best[0] and sku < best[1]):
            worst[aisle] = (deficit, sku)
    result = [(aisle, total, worst[aisle][1]) for aisle, total in totals.items() if total > 0]
    result.sort(key=lambda r: (-r[1], r[0]))
    return result
