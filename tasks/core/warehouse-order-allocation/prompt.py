def allocate_orders(stock, distances, orders):
    """Allocate customer orders to warehouses.

    `stock` maps warehouse -> {sku: units}; `distances` maps (warehouse, region) -> km;
    each order is (order_id, region, sku, units, priority). Orders are served in order of
    priority (higher first), then order_id. Each order takes units of its sku from the
    warehouses in order of distance to its region (nearest first, ties by warehouse name;
    warehouses without a distance for that region are not used), taking as much as each
    can give until the order is filled. Return {order_id: [(warehouse, units), ...]}
    listing the non-zero takes in the order they were made (an order nothing could serve
    maps to []), and do not modify `stock`.

    >>> stock = {"north": {"tea": 5}, "south": {"tea": 10}}
    >>> dist = {("north", "n"): 10, ("south", "n"): 50}
    >>> allocate_orders(stock, dist, [("o1", "n", "tea", 8, 0), ("o2", "n", "tea", 4, 1)])
    {'o2': [('north', 4)], 'o1': [('north', 1), ('south', 7)]}
    """
