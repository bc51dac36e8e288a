from typing import Dict, List, Optional, Tuple


def earliest_arrival(connections: List[Tuple[str, str, str, int, int]], transfer: Dict[str, int],
                     origin: str, destination: str, start_time: int) -> Optional[Tuple[int, int]]:
    """Earliest arrival through a rail timetable, then fewest changes of train.

    Each connection (train, from_station, to_station, departure, arrival) is one hop of a train
    without intermediate stops; times are minutes with departure < arrival. The traveller is
    at `origin` from `start_time` on and may ride a sequence of connections, where each next
    connection leaves from the station the previous one arrived at, and:
    - the first connection must leave `origin` at or after `start_time`;
    - a connection of the same train as the previous one can be taken if it departs at or
      after the previous arrival (the traveller stays aboard; this is not a change);
    - a connection of a different train can be taken only if it departs at least
      transfer[station] minutes after the previous arrival (0 for stations missing from
      `transfer`); each such switch counts as one change.
    Return (arrival time at destination, number of changes) for the journey that arrives
    earliest, choosing the fewest changes among those. If origin == destination return
    (start_time, 0). Return None if the destination cannot be reached.

    >>> tt = [("IC1", "A", "B", 10, 30), ("IC1", "B", "C", 32, 60), ("R5", "B", "C", 35, 50)]
    >>> earliest_arrival(tt, {"B": 5}, "A", "C", 0)
    (50, 1)
    >>> earliest_arrival(tt, {"B": 6}, "A", "C", 0)
    (60, 0)
    >>> earliest_arrival(tt, {}, "A", "C", 11) is None
    True
    """
