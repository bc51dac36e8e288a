from typing import List


def elevator_order(current: int, direction: str, requests: List[int]) -> List[int]:
    """Order in which a sweeping elevator stops at the requested floors.

    The elevator is at floor `current` and is moving in `direction` ("up" or "down"; anything
    else raises ValueError). Floors are integers and may be negative (basements). `requests`
    lists requested floors in any order, possibly with repeats; each floor is stopped at once.

    The elevator first opens its doors if the current floor was requested. It then keeps
    moving in its direction, stopping at every requested floor on the way until no requests
    remain ahead of it, then reverses and serves the remaining floors in its new direction of
    travel. Return the list of floors in the order they are served.

    >>> elevator_order(5, "up", [2, 8, 5, 6, 2, 10])
    [5, 6, 8, 10, 2]
    >>> elevator_order(0, "down", [3, -1, -2, 1])
    [-1, -2, 1, 3]
    """
