    balance = {p: 0 for p in people}
    for payer, cents, sharers in expenses:
        if payer not in balance or not sharers or cents < 0 or any(s not in balance for s in sharers):
            raise ValueError((payer, cents, sharers))
        balance[payer] += cents
        share, leftover = divmod(cents, len(sharers))
        for rank, person in enumerate(sorted(sharers)):
            balance[person] -= share + (1 if rank < leftover else 0)
    transfers = []
    while True:
        debtors = [(b, p) for p, b in balance.items() if b < 0]
        creditors = [(-b, p) for p, b in balance.items() if b > 0]
        if not debtors or not creditors:
            break
        owe, debtor = min(debtors)
        due, creditor = min(creditors)
        amount = min(-owe, -due)
        transfers.append((debtor, creditor, amount))
        balance[debtor] += amount
        balance[creditor] -= amount
    return transfers
