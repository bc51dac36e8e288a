from typing import List, Tuple


def medal_table(awards: List[Tuple[str, str]]) -> List[Tuple[int, str, int, int, int]]:
    """Build the medal table of a small sports meeting.

    Each award is (team, medal) where medal is "gold", "silver" or "bronze"; any other medal
    name raises ValueError. Count the medals per team and return one row
    (rank, team, golds, silvers, bronzes) per team that appears in `awards`.

    Rows are ordered by golds, then silvers, then bronzes (all descending), then by team name
    ascending. Teams with identical (golds, silvers, bronzes) share the same rank, and the
    rank after a group of tied teams skips accordingly: the rank of a row is 1 plus the number
    of teams with a strictly better medal count.

    >>> medal_table([("NOR", "gold"), ("SWE", "silver"), ("FIN", "gold"), ("NOR", "bronze")])
    [(1, 'NOR', 1, 0, 1), (2, 'FIN', 1, 0, 0), (3, 'SWE', 0, 1, 0)]
    >>> medal_table([("B", "bronze"), ("A", "bronze"), ("C", "silver")])
    [(1, 'C', 0, 1, 0), (2, 'A', 0, 0, 1), (2, 'B', 0, 0, 1)]
    """
