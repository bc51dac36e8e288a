def litres_per_100km(fill_ups):
    """Average fuel consumption from a car's fill-up log, in litres per 100 km.

    Each fill-up is (odometer_km, litres). The first fill-up only sets the starting
    odometer; the litres of every later fill-up were used over the distance since the
    previous one. Return total litres (after the first) * 100 / total distance, rounded to
    1 decimal, or None when no distance was driven (fewer than two fill-ups included).

    >>> litres_per_100km([(1000, 40), (1500, 30), (2000, 35)])
    6.5
    """
