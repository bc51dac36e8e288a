import datetime


def reconcile(ledger, statement, max_days):
    """Match ledger entries to bank statement lines.

    Both are lists of (date, amount_cents). Process ledger entries in order of date, then
    list position. Each is matched to an unmatched statement line with exactly the same
    amount whose date is at most `max_days` days away (either direction): the one with the
    smallest distance in days, ties going to the earliest statement line by position.
    Return (pairs, unmatched_ledger, unmatched_statement): pairs as (ledger_index,
    statement_index) in the order they were made, and the unmatched indexes sorted.
    max_days < 0 raises ValueError.

    >>> d = datetime.date
    >>> reconcile([(d(2024, 1, 5), -500), (d(2024, 1, 6), 900)], [(d(2024, 1, 7), -500), (d(2024, 1, 2), 900)], 2)
    ([(0, 0)], [1], [1])
    """
