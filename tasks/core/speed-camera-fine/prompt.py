def speeding_fine(speed_kmh, limit_kmh):
    """Fine in euros from a speed camera.

    3 km/h is deducted from the measured speed as a tolerance. Over the limit by then:
    1-10 km/h costs 30, 11-20 costs 80, 21-30 costs 160, more than 30 costs 400.
    Not over the limit costs 0.

    >>> speeding_fine(56, 50)
    30
    >>> speeding_fine(53, 50)
    0
    """
