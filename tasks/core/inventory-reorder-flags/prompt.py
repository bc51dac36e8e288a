def reorder_list(stock, reorder_points):
    """SKUs to reorder: those whose stock is at or below their reorder point.

    `stock` and `reorder_points` map SKU to a count. SKUs without a reorder point are
    never reordered. Return the SKUs sorted alphabetically.

    >>> reorder_list({"pen": 3, "ink": 10, "pad": 0}, {"pen": 5, "ink": 10})
    ['ink', 'pen']
    """
