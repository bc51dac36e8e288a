from typing import List


def longest_streak(days: List[str]) -> int:
    """Length of the longest run of consecutive calendar days among `days`.

    Days are ISO dates ("2024-02-28"), in any order, possibly repeated. Months and leap years
    follow the real calendar. An empty list gives 0.

    >>> longest_streak(["2024-03-01", "2024-02-28", "2024-02-29", "2024-03-05"])
    3
    """
