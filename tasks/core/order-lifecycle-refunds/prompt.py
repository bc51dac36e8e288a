def order_state(total_cents, events):
    """Follow an online order through its life and return its final state.

    States: "placed" -> "paid" -> "shipped" -> "delivered"; "cancelled" from placed or
    paid; "refunded" once the refunded amount reaches the paid amount. Events, in order:
    - ("pay", cents): from placed only, and cents must equal total_cents;
    - ("ship",): from paid; ("deliver",): from shipped;
    - ("cancel",): from placed (nothing to refund) or paid (refunds the whole payment);
    - ("refund", cents): after payment (paid, shipped, delivered or cancelled states are
      all fine, but not refunded), cents > 0 and the total refunded may not exceed the
      amount paid; reaching exactly the paid amount moves the order to "refunded".
    An event that is not allowed in the current state (or whose amount is wrong) is not
    applied; its index in `events` is recorded. An unknown event name raises ValueError.
    Return (state, refunded_cents, rejected_indexes).

    >>> order_state(1000, [("pay", 1000), ("ship",), ("refund", 400), ("cancel",)])
    ('shipped', 400, [3])
    """
