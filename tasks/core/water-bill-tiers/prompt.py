def water_bill_cents(litres):
    """Monthly water bill in cents for a household's metered use.

    The first 10,000 litres cost 0.2 cents per litre, the next 20,000 litres 0.3 cents,
    and every litre beyond 30,000 costs 0.5 cents. A fixed charge of 500 cents is always
    added. Round the total to the nearest cent (halves round up). Negative use raises
    ValueError.

    >>> water_bill_cents(0)
    500
    >>> water_bill_cents(12000)
    3100
    """
