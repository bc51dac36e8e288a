    if direction not in ("up", "down"):
        raise ValueError("direction must be 'up' or 'down'")
    floors = set(requests)
    above = sorted(f for f in floors if f > current)
    below = sorted((f for f in floors if f < current), reverse=True)
    order = [current] if current in floors else []
    if direction == "up":
        order += above + below
    else:
        order += below + above
    return order
