    state, paid, refunded, rejected = "placed", 0, 0, []
    for index, event in enumerate(events):
        name = event[0]
        if name not in ("pay", "ship", "deliver", "cancel", "refund"):
            raise ValueError(event)
        ok = False
        if name == "pay":
            ok = state == "placed" and event[1] == total_cents
            if ok:
                state, paid = "paid", event[1]
        elif name == "ship":
            ok = state == "paid"
            if ok:
                state = "shipped"
        elif name == "deliver":
            ok = state == "shipped"
            if ok:
                state = "delivered"
        elif name == "cancel":
            ok = state in ("placed", "paid")
            if ok:
                if state == "paid":
                    refunded = paid
                state = "cancelled"
        else:
            amount = event[1]
            ok = paid > 0 and state != "refunded" and amount > 0 and refunded + amount <= paid
            if ok:
                refunded += amount
                if refunded == paid:
                    state = "refunded"
        if not ok:
            rejected.append(index)
    return (state, refunded, rejected)
