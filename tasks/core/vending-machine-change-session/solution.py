    from functools import lru_cache
    denominations = (200, 100, 50, 20, 10, 5)
    store = {d: coins.get(d, 0) for d in denominations}
    left = dict(stock)
    credit = 0
    out = []

    def pay(amount):
        @lru_cache(maxsize=None)
        def best(i, rest):
            if rest == 0:
                return (0, ())
            if i == len(denominations):
                return None
            d = denominations[i]
            found = None
            for k in range(min(store[d], rest // d), -1, -1):
                sub = best(i + 1, rest - k * d)
                if sub is None:
                    continue
                cand = (sub[0] + k, (k,) + sub[1])
                if found is None or cand[0] < found[0]:
                    found = cand
            return found

        plan = best(0, amount)
        if plan is None:
            return None
        paid = []
        for d, k in zip(denominations, plan[1]):
            store[d] -= k
            paid += [str(d)] * k
        return paid

    for event in events:
        kind = event[0]
        if kind == "coin":
            if event[1] in store:
                store[event[1]] += 1
                credit += event[1]
                out.append("CREDIT %d" % credit)
            else:
                out.append("REJECT %s" % event[1])
        elif kind == "select":
            item = event[1]
            if item not in prices:
                out.append("UNKNOWN " + item)
            elif left.get(item, 0) <= 0:
                out.append("SOLD OUT " + item)
            elif credit < prices[item]:
                out.append("PRICE %d" % prices[item])
            else:
                paid = pay(credit - prices[item])
                if paid is None:
                    out.append("EXACT CHANGE ONLY")
                else:
                    left[item] -= 1
                    credit = 0
                    out.append("VEND " + item + (" CHANGE " + " ".join(paid) if paid else ""))
        elif credit == 0:
            out.append("IDLE")
        else:
            out.append("REFUND " + " ".join(pay(credit)))
            credit = 0
    return out
