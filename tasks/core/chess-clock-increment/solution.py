    left = start_seconds
    for spent in move_seconds:
        left -= spent
        if left <= 0:
            return 0
        left += increment
    return left
