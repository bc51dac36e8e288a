def check(candidate):
    import itertools
    import random

    assert candidate({"tea": 120}, {"tea": 2}, {50: 1, 20: 3, 5: 2}, [("coin", 200), ("select", "tea")]) == \
        ["CREDIT 200", "VEND tea CHANGE 50 20 5 5"]
    assert candidate({"tea": 120}, {"tea": 2}, {}, [("coin", 100), ("coin", 3), ("select", "tea"),
                     ("coin", 100), ("select", "tea"), ("cancel",)]) == \
        ["CREDIT 100", "REJECT 3", "PRICE 120", "CREDIT 200", "EXACT CHANGE ONLY", "REFUND 100 100"]
    assert candidate({}, {}, {}, []) == []
    assert candidate({}, {}, {}, [("cancel",)]) == ["IDLE"]
    # exact payment, no change suffix
    assert candidate({"gum": 70}, {"gum": 1}, {}, [("coin", 50), ("coin", 20), ("select", "gum")]) == \
        ["CREDIT 50", "CREDIT 70", "VEND gum"]
    # sold out after the last unit; missing stock means none
    assert candidate({"gum": 5, "mint": 5}, {"gum": 1}, {}, [("coin", 5), ("select", "gum"), ("coin", 5),
                     ("select", "gum"), ("select", "mint"), ("select", "cola"), ("cancel",), ("cancel",)]) == \
        ["CREDIT 5", "VEND gum", "CREDIT 5", "SOLD OUT gum", "SOLD OUT mint", "UNKNOWN cola", "REFUND 5", "IDLE"]
    # order of checks: unknown before price, sold out before price
    assert candidate({"a": 50}, {"a": 0}, {}, [("select", "a"), ("select", "b")]) == ["SOLD OUT a", "UNKNOWN b"]
    assert candidate({"a": 50}, {"a": 3}, {}, [("select", "a")]) == ["PRICE 50"]
    # rejected values
    assert candidate({}, {}, {}, [("coin", 1), ("coin", 2), ("coin", 25), ("coin", 500), ("coin", 0)]) == \
        ["REJECT 1", "REJECT 2", "REJECT 25", "REJECT 500", "REJECT 0"]
    # fewest coins with a limited store: greedy would fail (60 = 20+20+20 when no 10 available)
    assert candidate({"x": 40}, {"x": 5}, {50: 1, 20: 3}, [("coin", 100), ("select", "x")]) == \
        ["CREDIT 100", "VEND x CHANGE 20 20 20"]
    # tie on coin count: prefer larger coins (50 5 5 over 20 20 20)
    assert candidate({"x": 40}, {"x": 5}, {50: 1, 20: 3, 5: 2}, [("coin", 100), ("select", "x")]) == \
        ["CREDIT 100", "VEND x CHANGE 50 5 5"]
    assert candidate({"x": 40}, {"x": 5}, {50: 1, 20: 3, 10: 1, 5: 2}, [("coin", 100), ("select", "x")]) == \
        ["CREDIT 100", "VEND x CHANGE 50 10"]
    # 30 cannot be paid from 100 + 50 + 20s, although 230 could
    assert candidate({"x": 70}, {"x": 1}, {50: 1, 20: 4}, [("coin", 100), ("select", "x")]) == \
        ["CREDIT 100", "EXACT CHANGE ONLY"]
    # refund uses fewest coins from the whole store, not the inserted coins
    assert candidate({}, {}, {100: 1}, [("coin", 50), ("coin", 50), ("cancel",), ("coin", 20), ("cancel",)]) == \
        ["CREDIT 50", "CREDIT 100", "REFUND 100", "CREDIT 20", "REFUND 20"]
    assert candidate({}, {}, {}, [("coin", 20), ("coin", 20), ("coin", 10), ("cancel",)]) == \
        ["CREDIT 20", "CREDIT 40", "CREDIT 50", "REFUND 20 20 10"]
    # the store shrinks after paying change; next customer gets EXACT CHANGE ONLY
    ev = [("coin", 200), ("select", "tea"), ("coin", 200), ("select", "tea"), ("coin", 20), ("select", "tea"), ("cancel",)]
    assert candidate({"tea": 150}, {"tea": 5}, {50: 1}, ev) == \
        ["CREDIT 200", "VEND tea CHANGE 50", "CREDIT 200", "EXACT CHANGE ONLY", "CREDIT 220", "EXACT CHANGE ONLY",
         "REFUND 200 20"]
    # coins inserted by earlier customers are used for change
    ev = [("coin", 20), ("coin", 20), ("coin", 10), ("select", "tea"), ("coin", 100), ("select", "tea")]
    assert candidate({"tea": 50}, {"tea": 2}, {}, ev) == \
        ["CREDIT 20", "CREDIT 40", "CREDIT 50", "VEND tea", "CREDIT 100", "VEND tea CHANGE 20 20 10"]
    # credit kept after PRICE and after EXACT CHANGE ONLY
    ev = [("coin", 50), ("select", "a"), ("coin", 50), ("select", "a"), ("select", "b"), ("coin", 5), ("select", "b")]
    assert candidate({"a": 90, "b": 95}, {"a": 1, "b": 1}, {}, ev) == \
        ["CREDIT 50", "PRICE 90", "CREDIT 100", "EXACT CHANGE ONLY", "EXACT CHANGE ONLY", "CREDIT 105",
         "EXACT CHANGE ONLY"]
    assert candidate({"a": 90, "b": 95}, {"a": 1, "b": 1}, {5: 2}, ev) == \
        ["CREDIT 50", "PRICE 90", "CREDIT 100", "VEND a CHANGE 5 5", "PRICE 95", "CREDIT 5", "PRICE 95"]
    # inputs are not modified
    prices, stock, coins = {"a": 10}, {"a": 1}, {10: 2}
    candidate(prices, stock, coins, [("coin", 20), ("select", "a"), ("coin", 10), ("select", "a")])
    assert prices == {"a": 10} and stock == {"a": 1} and coins == {10: 2}
    # big store, larger amounts
    assert candidate({"c": 5}, {"c": 1}, {200: 2, 100: 3, 50: 3, 20: 9, 10: 9, 5: 9},
                     [("coin", 200), ("coin", 200), ("coin", 200), ("select", "c")]) == \
        ["CREDIT 200", "CREDIT 400", "CREDIT 600", "VEND c CHANGE 200 200 100 50 20 20 5"]

    denoms = (200, 100, 50, 20, 10, 5)

    def brute_pay(store, amount):
        best = None
        ranges = [range(min(store[d], amount // d) + 1) for d in denoms]
        for ks in itertools.product(*ranges):
            if sum(k * d for k, d in zip(ks, denoms)) != amount:
                continue
            key = (sum(ks), tuple(-k for k in ks))
            if best is None or key < best[0]:
                best = (key, ks)
        if best is None:
            return None
        coins_out = []
        for d, k in zip(denoms, best[1]):
            store[d] -= k
            coins_out += [d] * k
        return coins_out

    def oracle(prices, stock, coins, events):
        store = {d: coins.get(d, 0) for d in denoms}
        stock = dict(stock)
        credit = 0
        res = []
        for e in events:
            if e[0] == "coin":
                if e[1] in denoms:
                    store[e[1]] += 1
                    credit += e[1]
                    res.append("CREDIT " + str(credit))
                else:
                    res.append("REJECT " + str(e[1]))
            elif e[0] == "select":
                it = e[1]
                if it not in prices:
                    res.append("UNKNOWN " + it)
                elif stock.get(it, 0) == 0:
                    res.append("SOLD OUT " + it)
                elif credit < prices[it]:
                    res.append("PRICE " + str(prices[it]))
                else:
                    trial = dict(store)
                    got = brute_pay(trial, credit - prices[it])
                    if got is None:
                        res.append("EXACT CHANGE ONLY")
                    else:
                        store = trial
                        stock[it] -= 1
                        credit = 0
                        res.append("VEND " + it + ("" if not got else " CHANGE " + " ".join(map(str, got))))
            else:
                if credit == 0:
                    res.append("IDLE")
                else:
                    res.append("REFUND " + " ".join(map(str, brute_pay(store, credit))))
                    credit = 0
        return res

    rng = random.Random(4)
    for _ in range(120):
        prices = {"a": rng.choice([5, 35, 60, 85]), "b": rng.choice([40, 115, 150])}
        stock = {"a": rng.randint(0, 3), "b": rng.randint(0, 2)}
        coins = {d: rng.randint(0, 3) for d in denoms if rng.random() < 0.6}
        events = []
        for _ in range(rng.randint(1, 14)):
            r = rng.random()
            if r < 0.55:
                events.append(("coin", rng.choice([5, 10, 20, 50, 100, 200, 200, 100, 50, 2])))
            elif r < 0.85:
                events.append(("select", rng.choice("aabbc")))
            else:
                events.append(("cancel",))
        assert candidate(dict(prices), dict(stock), dict(coins), list(events)) == oracle(prices, stock, coins, events), \
            (prices, stock, coins, events)
