    balance = 0
    for event in events:
        kind = event[0]
        if kind == "buy":
            _, cents, weekday = event
            points = cents // 100
            balance += 2 * points if weekday in (5, 6) else points
        elif kind == "redeem":
            if event[1] > balance:
                raise ValueError(event)
            balance -= event[1]
        elif kind == "bonus":
            balance += event[1]
        else:
            raise ValueError(event)
    return balance
