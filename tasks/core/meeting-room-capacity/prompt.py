def smallest_room(rooms, attendees):
    """Pick the smallest meeting room that seats everyone.

    `rooms` maps a room name to its number of seats. Return the name of the room with the
    fewest seats that is still at least `attendees`; ties go to the alphabetically first
    name. Return None when no room is big enough.

    >>> smallest_room({"Oak": 8, "Elm": 4, "Ash": 12}, 5)
    'Oak'
    """
