def playlist_duration(tracks):
    """Total length of a playlist, formatted for a music player.

    Each track length is "M:SS" (minutes without leading zeros, seconds two digits 00-59).
    Return the total as "M:SS" when it is under one hour, else "H:MM:SS".
    An empty playlist is "0:00". A malformed track length raises ValueError.

    >>> playlist_duration(["3:45", "4:15"])
    '8:00'
    >>> playlist_duration(["59:30", "0:45"])
    '1:00:15'
    """
