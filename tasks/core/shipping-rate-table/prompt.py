def shipping_cost(weight_g, dims_cm, order_cents, remote):
    """Shipping cost in cents for one parcel.

    The billable weight is the larger of the real weight and the volumetric weight
    length*width*height/5 (grams, rounded down) from `dims_cm`. Price by billable weight:
    up to 500 g 390, up to 2000 g 590, up to 10000 g 990; heavier parcels cannot be
    shipped (return None). Remote areas add 300. Orders of 5000 cents or more ship free
    (0), except that the remote surcharge still applies.

    >>> shipping_cost(400, (20, 10, 5), 1000, False)
    390
    >>> shipping_cost(400, (30, 20, 10), 6000, True)
    300
    """
