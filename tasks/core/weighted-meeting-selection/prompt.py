def best_meetings(meetings):
    """Choose non-overlapping meetings of greatest total value.

    Each meeting is (start, end, value) with start < end, half-open [start, end), so a
    meeting may start when another ends. Return (total_value, indexes) with indexes sorted
    ascending. Among selections with the greatest value prefer the one with fewer
    meetings, then the one whose sorted index list is smallest lexicographically.

    >>> best_meetings([(1, 4, 5), (3, 5, 1), (4, 7, 4), (1, 7, 8)])
    (9, [0, 2])
    """
