def cover_shifts(required_hours, shifts):
    """Pick the fewest shifts so that every required hour has someone on duty.

    `required_hours` is a set of hours (integers 0-23) that must be covered. Each shift is
    (name, start, end) covering the hours start <= h < end (0 <= start < end <= 24; no
    wrapping past midnight). Use the greedy rule: take the earliest uncovered required
    hour h; among shifts covering h choose the one that reaches furthest (largest end),
    ties by earliest start, then by name; mark its hours covered; repeat. Return the names
    chosen in order, or None if some required hour cannot be covered. A shift with
    start >= end or outside 0-24 raises ValueError.

    >>> cover_shifts({8, 9, 10, 14, 15}, [("early", 6, 12), ("mid", 9, 15), ("late", 13, 18)])
    ['early', 'late']
    """
