def goal_streak(daily_steps, goal):
    """Current streak of a step counter: how many of the most recent days, counting back
    from the last one, met the goal (steps >= goal) without interruption.

    >>> goal_streak([9000, 12000, 10000, 10500], 10000)
    3
    >>> goal_streak([12000, 5000], 10000)
    0
    """
