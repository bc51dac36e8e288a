def sms_segments(text: str) -> int:
    """Return how many SMS segments are needed to send `text`.

    The empty text needs 0 segments. Otherwise the message length L is measured as follows:
    - If every character is ASCII (code point below 128), the message is sent in the 7-bit
      alphabet: each of the characters ^ { } \\ [ ] ~ | counts 2 towards L, every other
      character counts 1. One segment carries up to 160; a longer message is split into
      segments carrying up to 153 each.
    - Otherwise the message is sent as UTF-16: a character above U+FFFF (e.g. most emoji)
      counts 2 towards L, every other character counts 1. One segment carries up to 70;
      a longer message is split into segments carrying up to 67 each.
    The answer is 1 if L fits in a single segment, else the number of segments needed.

    >>> sms_segments("See you at 8!")
    1
    >>> sms_segments("x" * 161)
    2
    >>> sms_segments("é" * 70)
    1
    """
