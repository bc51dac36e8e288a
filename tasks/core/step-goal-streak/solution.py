    streak = 0
    for steps in reversed(daily_steps):
        if steps < goal:
            break
        streak += 1
    return streak
