def setpoint_at(schedule: str, time: str) -> int:
    """Look up the thermostat temperature that is in force at a given time of day.

    `schedule` is a daily program such as "06:30=21; 22:00=17": entries separated by ";",
    each of the form HH:MM=T. Spaces around an entry are ignored, but nothing else may be
    added. HH:MM is exactly two digits, a colon and two digits, with hours 00-23 and minutes
    00-59; T is a whole number of degrees, optionally preceded by "-". Entries may be listed
    in any order.

    An entry takes effect at its time and lasts until the next entry of the day. Before the
    earliest entry of the day, the latest entry (from the previous evening) is still in force.
    `time` is given as HH:MM with the same rules.

    Raise ValueError if the schedule has no entries, if any entry (including an empty one,
    e.g. from a trailing ";") or the time is malformed, or if two entries share the same time.

    >>> setpoint_at("06:30=21; 22:00=17", "12:00")
    21
    >>> setpoint_at("06:30=21; 22:00=17", "05:59")
    17
    >>> setpoint_at("08:00=-2", "08:00")
    -2
    """
