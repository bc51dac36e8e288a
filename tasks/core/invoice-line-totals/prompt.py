def invoice_totals(lines):
    """Net, VAT and gross totals of an invoice, in cents.

    Each line is (unit_cents, quantity, discount_percent, vat_percent). A line's net is
    unit_cents * quantity minus discount_percent of it, rounded half up to a cent; its VAT
    is vat_percent of the line's net, rounded half up to a cent. Return
    (net_total, vat_total, net_total + vat_total). A negative quantity raises ValueError.

    >>> invoice_totals([(1999, 3, 10, 20), (500, 1, 0, 5)])
    (5897, 1104, 7001)
    """
