    values = {"J": 10, "Q": 10, "K": 10, "A": 1}
    for v in range(2, 11):
        values[str(v)] = v

    def total(cards):
        for card in cards:
            if card not in values:
                raise ValueError(card)
        hard = sum(values[c] for c in cards)
        aces = sum(c == "A" for c in cards)
        best, soft = hard, False
        while aces and best + 10 <= 21:
            best += 10
            aces -= 1
            soft = True
        return best, soft

    def blackjack(cards):
        return len(cards) == 2 and total(cards)[0] == 21

    for card in dealer_cards:
        total([card])
    dealer = list(dealer_cards[:2])
    rest = list(dealer_cards[2:])
    while True:
        points, soft = total(dealer)
        if points < 17 or (points == 17 and soft):
            if not rest:
                raise ValueError("the dealer must draw but no card is left")
            dealer.append(rest.pop(0))
        else:
            break
    dealer_points = total(dealer)[0]
    dealer_bj = blackjack(dealer)
    results = []
    for hand in player_hands:
        points = total(hand)[0]
        if points > 21:
            results.append(-float(bet))
        elif blackjack(hand):
            results.append(0.0 if dealer_bj else 1.5 * bet)
        elif dealer_bj:
            results.append(-float(bet))
        elif dealer_points > 21 or points > dealer_points:
            results.append(float(bet))
        elif points == dealer_points:
            results.append(0.0)
        else:
            results.append(-float(bet))
    return (dealer_points, results)
