    later = [d for d in departures if d >= now]
    return min(later) if later else None
