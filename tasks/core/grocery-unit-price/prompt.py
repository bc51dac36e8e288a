def cheapest_per_unit(offers):
    """Index of the offer with the lowest price per unit.

    Each offer is (price_cents, units) with units > 0. Compare price/units exactly (no
    rounding); the first offer wins ties. Return None for no offers.

    >>> cheapest_per_unit([(299, 2), (399, 3), (100, 1)])
    2
    """
