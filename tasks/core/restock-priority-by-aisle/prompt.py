from typing import List, Tuple


def restock_priority(items: List[Tuple[str, str, int, int]]) -> List[Tuple[str, int, str]]:
    """Rank store aisles by how much stock they are missing.

    Each item is (aisle, sku, on_hand, target). An item's deficit is target - on_hand, or 0
    when on_hand already meets or exceeds target. Group the items by aisle and add up their
    deficits. Aisles whose total deficit is 0 are left out.

    For each remaining aisle return (aisle, total_deficit, worst_sku), where worst_sku is the
    sku with the largest single deficit in that aisle (ties go to the alphabetically smallest
    sku). Order the result by total_deficit, largest first; aisles with equal totals are
    ordered by aisle name ascending. An empty list gives an empty result.

    >>> restock_priority([("A", "milk", 2, 10), ("B", "soap", 0, 3), ("A", "eggs", 5, 4)])
    [('A', 8, 'milk'), ('B', 3, 'soap')]
    >>> restock_priority([("C", "tea", 9, 9)])
    []
    """
