def ticket_label(n):
    """Label of the n-th ticket (n >= 0) drawn from a deli-counter machine.

    Tickets are "A001", "A002", ..., "A999", then "B001" ... "Z999", then "A001" again: the
    number runs 1-999 and the letter advances every 999 tickets, wrapping after Z.

    >>> ticket_label(0)
    'A001'
    >>> ticket_label(999)
    'B001'
    """
