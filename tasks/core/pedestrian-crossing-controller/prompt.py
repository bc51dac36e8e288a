def crossing_states(events):
    """Simulate a pelican crossing controller second by second.

    Phases and their lengths in seconds: GREEN (cars go; lasts until it is both at least
    10 s old and a pedestrian request is waiting), AMBER 3, RED_WALK 8 (pedestrians walk),
    RED_FLASH 4, then GREEN again. `events` has one entry per second, "-" for nothing or
    "press" for the button. At each second: first record a press (a press while in
    RED_WALK or RED_FLASH is ignored; otherwise the request waits until served), then
    advance one second of time, then switch phase when its time is up (GREEN switches to
    AMBER once it has lasted at least 10 s and a request is waiting, and that request is
    then cleared). Return the phase after each second. Any other event raises ValueError.

    >>> crossing_states(["press"] + ["-"] * 11)[9:12]
    ['AMBER', 'AMBER', 'AMBER']
    """
