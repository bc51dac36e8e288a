from typing import List, Tuple


def fastest_route_within_budget(n: int, roads: List[Tuple[int, int, int, int]], start: int, goal: int, budget: int) -> int:
    """Fastest courier route whose total toll stays within a budget.

    Junctions are numbered 0..n-1. Each road is a tuple (a, b, minutes, toll): it joins
    junctions a and b, can be driven in both directions, takes `minutes` (an integer >= 1) and
    costs `toll` (an integer >= 0) every time it is driven. Several roads may join the same
    pair of junctions, and a road may join a junction to itself.

    Return the smallest total number of minutes of a route from `start` to `goal` whose total
    toll is at most `budget`, or -1 if there is no such route. A route from a junction to
    itself may be empty (0 minutes, toll 0), so start == goal gives 0 whenever budget >= 0.
    A negative budget admits no route at all, so it gives -1.

    >>> fastest_route_within_budget(3, [(0, 2, 2, 5), (0, 1, 3, 1), (1, 2, 3, 1)], 0, 2, 4)
    6
    >>> fastest_route_within_budget(3, [(0, 2, 2, 5), (0, 1, 3, 1), (1, 2, 3, 1)], 0, 2, 5)
    2
    >>> fastest_route_within_budget(2, [(0, 1, 4, 3)], 0, 1, 2)
    -1
    """
