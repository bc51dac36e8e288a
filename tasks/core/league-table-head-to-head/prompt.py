from typing import List, Tuple


def rank_league(teams: List[str], matches: List[Tuple[str, str, int, int]]) -> List[str]:
    """Final order of a league table, with head-to-head tie-breaking.

    Each match is (home, away, home_goals, away_goals). A win gives 3 points, a draw 1 point
    to each side, a loss 0. Teams without matches have 0 points. Two teams may meet any number
    of times, or never. The order is decided as follows:
    1. More points ranks higher.
    2. A group of teams level on points is split by a mini-table built only from the matches
       played between members of that group: mini-table points, then goal difference in those
       matches, then goals scored in those matches (higher is better each time).
    3. If the mini-table splits the group, each part that still holds two or more level teams
       is split again by step 2, with a new mini-table built from the matches between the
       members of that part only.
    4. A group that its own mini-table cannot split at all is ordered by overall goal
       difference, then overall goals scored (higher first), then by name alphabetically.
    Return the team names from first to last. Raise ValueError if a name appears twice in
    `teams`, a match names a team not in `teams`, a team plays itself, or a score is negative.

    >>> rank_league(["Ash", "Elm", "Oak"], [("Ash", "Elm", 0, 1), ("Oak", "Ash", 0, 5), ("Elm", "Oak", 2, 2)])
    ['Elm', 'Ash', 'Oak']
    >>> rank_league(["Ash", "Elm", "Oak"], [("Ash", "Oak", 9, 0), ("Elm", "Oak", 1, 0), ("Ash", "Elm", 0, 1)])
    ['Elm', 'Ash', 'Oak']
    """
