def fifo_cost_of_sales(events):
    """Cost of goods sold under first-in-first-out, in cents.

    Events in order: ("buy", quantity, unit_cost_cents) adds a lot; ("sell", quantity)
    removes units from the oldest lots first. Return the total cost of the units sold.
    Selling more units than are held raises ValueError.

    >>> fifo_cost_of_sales([("buy", 10, 100), ("buy", 5, 120), ("sell", 12)])
    1240
    """
