from typing import Dict, Tuple


def checkout_total(cart: Dict[str, int], prices: Dict[str, int], bundles: Dict[str, Tuple[int, int]]) -> int:
    """Total price in cents of a shopping cart with bundle offers.

    `cart` maps an item code to a quantity, `prices` maps every code to its unit price in cents,
    and `bundles` maps some codes to an offer (n, bundle_price): each complete group of n of that
    item costs bundle_price instead, and the remainder is charged at the unit price. An offer is
    only applied when it is cheaper than paying unit prices. An item missing from `prices` raises
    KeyError; a negative quantity raises ValueError.

    >>> checkout_total({"apple": 5}, {"apple": 40}, {"apple": (3, 100)})
    180
    """
