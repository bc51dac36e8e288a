def summarize_log(lines):
    """Summarise application log lines.

    A well-formed line is "<timestamp> <LEVEL> <message>": a timestamp token without
    spaces, a level among DEBUG, INFO, WARN, ERROR (any letter case), then a message
    (possibly empty after the level). Return a dict with the count per level (upper-case
    keys, only levels that occur), "malformed": the number of other non-blank lines, and
    "first_error": the message of the first ERROR line, or None. Blank lines are ignored.

    >>> summarize_log(["t1 info up", "t2 ERROR disk full", "oops", "t3 error again"])
    {'INFO': 1, 'ERROR': 2, 'malformed': 1, 'first_error': 'disk full'}
    """
