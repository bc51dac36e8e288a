    for name, start, end in shifts:
        if not 0 <= start < end <= 24:
            raise ValueError(name)
    uncovered = set(required_hours)
    chosen = []
    while uncovered:
        hour = min(uncovered)
        options = [(-end, start, name) for name, start, end in shifts if start <= hour < end]
        if not options:
            return None
        neg_end, start, name = min(options)
        chosen.append(name)
        uncovered -= set(range(start, -neg_end))
    return chosen
