def tempo_from_taps(times_ms):
    """Tempo in beats per minute from tap times, as a tap-tempo button computes it.

    `times_ms` are increasing tap times in milliseconds. The tempo is 60000 divided by the
    mean interval between consecutive taps, rounded to the nearest whole number (halves
    round to even, as Python's round does). Fewer than two taps give None.

    >>> tempo_from_taps([0, 500, 1000, 1500])
    120
    >>> tempo_from_taps([100]) is None
    True
    """
