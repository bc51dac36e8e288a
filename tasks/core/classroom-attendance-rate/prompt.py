def attendance_rate(marks):
    """A pupil's attendance rate as a whole percentage from a register.

    Each mark is "P" (present), "L" (late, counts as present), "A" (absent) or "E"
    (excused, not counted at all). The rate is the present-or-late days over the counted
    days, as a percentage rounded down. With no counted days return None.

    >>> attendance_rate("PPLAE")
    75
    >>> attendance_rate("EE") is None
    True
    """
