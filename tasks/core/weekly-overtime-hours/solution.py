    if len(hours) != 7 or any(h < 0 for h in hours):
        raise ValueError("expected 7 non-negative entries")
    regular = sum(min(h, 8) for h in hours[:5])
    weekend = hours[5] + hours[6]
    top_up = min(40 - regular, weekend)
    return sum(hours) - regular - top_up
