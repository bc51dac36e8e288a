def grade_point_average(courses):
    """Credit-weighted grade point average of a transcript, rounded to 2 decimals.

    Each course is (grade, credits). Grade points: A=4, B=3, C=2, D=1, F=0. Courses graded
    "P" (pass) or "NP" (no pass) do not count at all. Return None if no credits count.
    Any other grade raises ValueError.

    >>> grade_point_average([("A", 3), ("C", 1)])
    3.5
    >>> grade_point_average([("P", 2)]) is None
    True
    """
