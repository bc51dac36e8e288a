def rate_limit(requests, limit, window):
    """Sliding-window rate limiter decisions.

    `requests` is a list of (time_seconds, client) in non-decreasing time. A request is
    accepted when the same client had fewer than `limit` accepted requests in the
    `window` seconds before it, i.e. with times t' where time - window < t' <= time.
    Rejected requests do not count. Return a list of booleans. A time earlier than the
    previous one raises ValueError.

    >>> rate_limit([(0, "a"), (1, "a"), (2, "a"), (10, "a")], 2, 10)
    [True, True, False, True]
    """
