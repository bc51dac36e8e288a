    def minutes(t):
        h, sep, m = t.partition(":")
        if sep != ":" or len(h) != 2 or len(m) != 2 or not (h + m).isdigit() or int(h) > 23 or int(m) > 59:
            raise ValueError(t)
        return int(h) * 60 + int(m)
    total = 0
    for start, end in shifts:
        length = (minutes(end) - minutes(start)) % 1440 or 1440
        if length > 9 * 60:
            length -= 45
        elif length > 6 * 60:
            length -= 30
        total += length
    return total
