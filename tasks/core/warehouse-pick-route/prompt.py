def pick_order(locations):
    """Order in which a picker visits warehouse bins, walking a serpentine route.

    A location is "A<aisle>-<bin>" with aisle and bin positive integers, e.g. "A3-12".
    Aisles are walked in increasing order; odd aisles are walked with increasing bin
    numbers, even aisles with decreasing bin numbers. A location listed several times is
    visited once. Return the distinct locations in visiting order, written as given
    (the first spelling seen). A malformed location raises ValueError.

    >>> pick_order(["A2-5", "A1-9", "A2-7", "A1-3"])
    ['A1-3', 'A1-9', 'A2-7', 'A2-5']
    """
