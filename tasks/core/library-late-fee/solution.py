    if days_late <= 1:
        return 0
    return min(500, 25 * (days_late - 1))
