def running_pace(distance_km, seconds):
    """Running pace per kilometre as "M:SS", from a distance and a total time.

    The pace is seconds / distance_km, rounded to the nearest whole second (halves round
    to even). A distance of 0 or less raises ValueError.

    >>> running_pace(10, 3000)
    '5:00'
    >>> running_pace(5, 1642)
    '5:28'
    """
