def reserve_seats(seats, requests):
    """Assign seats on a train whose stations are numbered 0, 1, 2, ...

    A trip (frm, to) with frm < to occupies a seat on the segments frm..to-1. Requests are
    processed in order: ("book", id, frm, to) gives booking `id` the lowest-numbered seat
    (0..seats-1) that is free on every segment of the trip, or None if there is none (the
    booking then does not exist); ("cancel", id) frees the seat of an existing booking
    (cancelling an unknown or failed booking does nothing). Return the list of seats given
    to the "book" requests, in order. frm >= to raises ValueError.

    >>> reserve_seats(2, [("book", "a", 0, 3), ("book", "b", 1, 2), ("book", "c", 2, 4), ("book", "d", 0, 1)])
    [0, 1, 1, 1]
    """
