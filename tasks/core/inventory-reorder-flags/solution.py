    return sorted(sku for sku, n in stock.items() if sku in reorder_points and n <= reorder_points[sku])
