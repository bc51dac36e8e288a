def common_windows(people, min_minutes):
    """UTC windows of one reference day in which everybody is available.

    `people` maps a name to (utc_offset_minutes, windows) where windows are local
    "HH:MM-HH:MM" periods of availability on every day (end exclusive). A window whose end
    is at or before its start runs past midnight into the next day (e.g. "22:00-02:00").
    Convert every window to UTC (utc = local - offset) and consider availability repeating
    every day. Return, for the UTC day [00:00, 24:00), the maximal periods in which every
    person is available and that last at least `min_minutes`, as "HH:MM-HH:MM" strings in
    UTC ("24:00" for the end of the day), in order. Touching or overlapping windows of one
    person merge. No people gives ["00:00-24:00"] (if min_minutes <= 1440). A malformed
    window raises ValueError.

    >>> common_windows({"ana": (60, ["09:00-17:00"]), "raj": (330, ["13:30-22:30"])}, 30)
    ['08:00-16:00']
    """
