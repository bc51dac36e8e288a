def settle_expenses(people, expenses):
    """Who pays whom, and how much, to settle a group trip.

    `people` is the list of participants. Each expense is (payer, cents, sharers): the
    payer paid `cents` for the `sharers` (a non-empty list of participants, possibly not
    including the payer). The cost is split evenly among the sharers in whole cents; the
    leftover cents (cents mod number of sharers) go one each to the sharers first in
    alphabetical order. Each person's balance is what they paid minus their shares.
    Settle greedily: while someone owes money, the person who owes the most pays the
    person owed the most the smaller of the two amounts (ties broken by the alphabetically
    first name on each side). Return the transfers as (from, to, cents) in order. A payer
    or sharer not in `people`, an empty sharers list or a negative amount raises
    ValueError.

    >>> settle_expenses(["ann", "bob", "cy"], [("ann", 900, ["ann", "bob", "cy"]), ("bob", 300, ["cy"])])
    [('cy', 'ann', 600)]
    """
