def letter_grade(score: int) -> str:
    """Turn an exam score from 0 to 100 into a letter.

    90 and above is "A", 80-89 "B", 70-79 "C", 60-69 "D", below 60 "F". A score outside
    0..100 raises ValueError.

    >>> letter_grade(85)
    'B'
    >>> letter_grade(59)
    'F'
    """
