    valid = [r for r in readings if r is not None]
    if not valid:
        return None
    return max(valid) - min(valid)
