def earliest_delivery(n, roads, start, goal, depart_at):
    """Earliest arrival time at `goal` for a van leaving `start` at time `depart_at`.

    Junctions are 0..n-1. Each road is (a, b, minutes, open_from, open_until): it can be
    driven either way, takes `minutes`, and may only be entered at a time t with
    open_from <= t <= open_until (the drive may end after open_until). The van may wait at
    any junction for as long as it likes. Return the earliest arrival time at `goal`, or
    -1 if it cannot be reached. start == goal gives depart_at.

    >>> earliest_delivery(3, [(0, 1, 5, 0, 100), (1, 2, 5, 20, 30)], 0, 2, 0)
    25
    """
