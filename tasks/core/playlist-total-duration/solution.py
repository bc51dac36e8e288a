    total = 0
    for t in tracks:
        m, sep, s = t.partition(":")
        if not sep or not m.isdigit() or len(s) != 2 or not s.isdigit() or int(s) > 59:
            raise ValueError(t)
        total += int(m) * 60 + int(s)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    if h:
        return f"{h}:{m:02d}:{s:02d}"
    return f"{m}:{s:02d}"
