def bowling_score(rolls):
    """Score of a ten-pin bowling game from the pins knocked down by each roll.

    A frame is two rolls, or one roll of 10 (a strike). A strike scores 10 plus the next
    two rolls; a spare (10 in two rolls) scores 10 plus the next roll; otherwise a frame
    scores its pins. The 10th frame has one bonus roll after a spare and two after a
    strike (bonus rolls only count in the 10th frame; after a strike in the 10th frame the
    two bonus rolls may add up to more than 10 only if the first of them is a strike).
    The game may be incomplete: return (score, frames_done) where score counts only the
    frames that can already be scored (their bonus rolls are known) and frames_done is the
    number of such frames. A roll outside 0-10, a frame whose two rolls add up to more than
    10 (outside the rule above), or a roll after the game is complete raises ValueError.

    >>> bowling_score([10, 7, 3, 9, 0])
    (48, 3)
    >>> bowling_score([10] * 12)
    (300, 10)
    """
