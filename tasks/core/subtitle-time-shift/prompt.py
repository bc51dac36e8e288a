def shift_subtitles(cues, offset_ms):
    """Shift subtitle cues by offset_ms milliseconds (possibly negative).

    Each cue is (start, end, text) with timestamps "HH:MM:SS,mmm". A cue that ends at or
    before 00:00:00,000 after shifting is dropped; one that only starts before zero is
    clipped to start at 00:00:00,000. Return the shifted cues in the same format. A
    malformed timestamp raises ValueError.

    >>> shift_subtitles([("00:00:01,500", "00:00:03,000", "Hi")], -2000)
    [('00:00:00,000', '00:00:01,000', 'Hi')]
    """
