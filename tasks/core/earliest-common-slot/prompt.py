from typing import List, Optional


def earliest_common_slot(calendars: List[List[str]], duration: int, day_start: str, day_end: str) -> Optional[str]:
    """Earliest start time at which everyone is free for `duration` minutes.

    Each calendar is a list of busy periods "HH:MM-HH:MM" (start inclusive, end exclusive) on
    one day; periods may overlap, be unordered, or lie partly outside the working day. A meeting
    must start at or after `day_start` and end at or before `day_end` ("HH:MM"). Return the
    earliest possible start as "HH:MM", or None if there is none. A duration of 0 or less raises
    ValueError. A busy period whose end is not after its start raises ValueError.

    >>> earliest_common_slot([["09:00-10:00"], ["09:30-10:30"]], 30, "09:00", "12:00")
    '10:30'
    >>> earliest_common_slot([["09:00-17:00"]], 15, "09:00", "17:00") is None
    True
    """
