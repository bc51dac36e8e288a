import datetime


def expand_events(start, weekdays, interval=1, count=None, until=None, exclude=(), include=()):
    """Dates of a weekly recurring event, like a calendar's recurrence rule.

    `start` is a date. The event recurs on the `weekdays` listed (0 = Monday .. 6 =
    Sunday) of every `interval`-th week, weeks running Monday to Sunday and counted from
    the week containing `start`; occurrences before `start` are skipped (so `start` itself
    is an occurrence only if its weekday is listed). The series stops after `count`
    occurrences and/or after the date `until` (inclusive), whichever comes first; at least
    one of them must be given (else ValueError). Occurrences in `exclude` are removed
    after counting (they still use up the count). Dates in `include` are added (if not
    already present and not excluded). Return the sorted list of dates. An empty
    `weekdays`, interval < 1 or a weekday outside 0-6 raises ValueError.

    >>> d = datetime.date
    >>> expand_events(d(2024, 1, 3), [0, 2], count=4)
    [datetime.date(2024, 1, 3), datetime.date(2024, 1, 8), datetime.date(2024, 1, 10), datetime.date(2024, 1, 15)]
    """
