    counted = [m for m in marks if m != "E"]
    if not counted:
        return None
    return 100 * sum(m in "PL" for m in counted) // len(counted)
