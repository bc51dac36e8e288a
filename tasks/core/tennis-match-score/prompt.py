def tennis_score(points):
    """Scoreboard of a best-of-three-sets tennis match after a sequence of points.

    `points` lists who won each point, "A" or "B". Games: points go 0, 15, 30, 40; a game
    is won by reaching 4 points with a lead of at least 2 (from 40-40 "deuce", a player
    needs two points in a row; after one the score is "AD" for them and "40" for the other).
    Sets: won by reaching 6 games with a lead of 2, or 7-5; at 6-6 a tiebreak game is
    played, won by the first to 7 points with a lead of 2, and the set ends 7-6. The match
    is won by the first player to win 2 sets.
    Return a dict: "sets" - list of finished sets as (games_A, games_B); "games" - the
    current set's (games_A, games_B) (or None once the match is over); "points" - the
    current game's display, ("15", "0") style, ("AD", "40") for advantage, or numbers as
    strings ("3", "2") during a tiebreak, or None once the match is over; "winner" - "A",
    "B" or None. A point after the match is over, or a value other than "A"/"B", raises
    ValueError.

    >>> tennis_score(["A", "A", "B"])["points"]
    ('30', '15')
    """
