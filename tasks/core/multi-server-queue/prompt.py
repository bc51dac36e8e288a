from typing import List


def finish_times(arrivals: List[int], service: List[int], servers: int) -> List[int]:
    """Simulate a first-come-first-served queue with several identical servers.

    Customer i arrives at time arrivals[i] (non-decreasing) and needs service[i] time units.
    Each customer waits until a server is free and they are at the front of the line (customers
    are served strictly in arrival order, ties by index). A server that finishes at time t can
    start the next customer at time t, including one who arrives at t. When several servers are
    free, which one serves does not matter. Return each customer's finish time, in input order.
    Raise ValueError if servers < 1 or the lists differ in length.

    >>> finish_times([0, 0, 1, 5], [3, 2, 2, 1], 2)
    [3, 2, 4, 6]
    """
