from typing import List


def fastest_delivery(grid: List[str], capacity: int, recharge_minutes: int) -> int:
    """Fewest minutes for a battery-limited delivery drone to fly from 'S' to 'E'.

    The grid is a list of equally long strings. Cells: '#' blocked, '.' open, 'S' the start,
    'E' the destination, 'F' a charging pad. The drone starts at 'S' with a full battery of
    `capacity` units. Moving to an up/down/left/right neighbour that is inside the grid and not
    blocked takes 1 minute and 1 unit of charge; the drone cannot move with an empty battery.
    While standing on a charging pad the drone may recharge to full, which always takes
    `recharge_minutes` minutes (>= 0) no matter how much charge was missing; recharging is
    optional and pads can be used any number of times. Arriving at 'E' with an empty battery
    is fine.

    Return the least total number of minutes (flying plus recharging) to reach 'E', or -1 if
    it cannot be reached. Raise ValueError unless the grid holds exactly one 'S' and exactly
    one 'E'.

    >>> fastest_delivery(["S..F..E"], 3, 2)
    8
    >>> fastest_delivery(["S..F..E"], 6, 2)
    6
    >>> fastest_delivery(["S...F.E"], 3, 2)
    -1
    """
