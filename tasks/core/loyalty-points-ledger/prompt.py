def loyalty_balance(events):
    """Final loyalty-point balance from a customer's event log.

    Events, in order:
    - ("buy", cents, weekday): 1 point per whole euro (100 cents) spent; weekday is 0-6
      with 5 and 6 (Saturday, Sunday) earning double points.
    - ("redeem", points): spends points; more than the current balance raises ValueError.
    - ("bonus", points): adds points.
    Any other event kind raises ValueError.

    >>> loyalty_balance([("buy", 1250, 0), ("buy", 999, 6), ("redeem", 20)])
    10
    """
