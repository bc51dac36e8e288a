def settle_round(player_hands, dealer_cards, bet):
    """Settle one blackjack round: the dealer plays out, then each player hand is paid.

    Cards are "2".."10", "J", "Q", "K" (worth 10) and "A" (1 or 11). A hand's total counts
    each ace as 11 while that does not exceed 21 (such a total is "soft"). A blackjack is
    exactly two cards totalling 21. The dealer starts with `dealer_cards[:2]` and draws the
    following cards of `dealer_cards` in order while below 17, and also at a soft 17; the
    remaining cards are unused (if the dealer must draw but no card is left, raise
    ValueError). Each player hand (a list of cards, already played) wins or loses `bet`:
    - a player total over 21 loses (-bet), whatever the dealer does;
    - a player blackjack against a dealer without blackjack wins 1.5 * bet; both
      blackjack is a push (0); a dealer blackjack beats any other player hand;
    - otherwise a dealer bust or a higher player total wins (+bet), equal totals push (0),
      and a lower player total loses.
    Return (dealer_total, [result per hand]) with results as floats. Any other card raises
    ValueError.

    >>> settle_round([["10", "9"], ["A", "K"]], ["6", "10", "2"], 10)
    (18, [10.0, 15.0])
    """
