def fewest_coins(amount, supply):
    """Pay `amount` cents exactly with the fewest coins from a limited till.

    `supply` maps a coin value (a positive integer) to how many of that coin are
    available. Return a dict {coin: count} (only coins actually used) for a way to pay
    with the fewest coins. If several ways use equally few coins, prefer the one that uses
    more of the largest coin value, then more of the next largest, and so on. Return {}
    for an amount of 0 and None when the amount cannot be paid. A negative amount raises
    ValueError.

    >>> fewest_coins(30, {20: 1, 15: 2, 10: 3})
    {20: 1, 10: 1}
    >>> fewest_coins(40, {25: 1, 10: 1, 5: 1}) == {25: 1, 10: 1, 5: 1}
    True
    """
