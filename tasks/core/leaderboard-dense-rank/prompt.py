def leaderboard(scores, top):
    """The top of a game's leaderboard.

    `scores` lists (player, score) for every game played; a player's result is their best
    score. Order players by result (highest first), then by name. Ranks are dense: equal
    results share a rank and the next result gets the next rank. Return the first `top`
    rows as (rank, player, best_score).

    >>> leaderboard([("ann", 50), ("bo", 70), ("ann", 80), ("cy", 70)], 3)
    [(1, 'ann', 80), (2, 'bo', 70), (2, 'cy', 70)]
    """
