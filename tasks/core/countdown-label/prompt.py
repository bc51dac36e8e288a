def countdown_label(seconds_left):
    """Countdown text for an event page.

    A negative or zero number of seconds is "started". Under one hour: "<m> min" with
    minutes rounded up. Under one day: "<h> h" with hours rounded down. Otherwise
    "<d> day" or "<d> days" with whole days rounded down.

    >>> countdown_label(90)
    '2 min'
    >>> countdown_label(200000)
    '2 days'
    """
