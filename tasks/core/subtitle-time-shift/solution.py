    def parse(stamp):
        if len(stamp) != 12 or stamp[2] != ":" or stamp[5] != ":" or stamp[8] != ",":
            raise ValueError(stamp)
        h, m, s, ms = stamp[0:2], stamp[3:5], stamp[6:8], stamp[9:12]
        if not (h + m + s + ms).isdigit() or int(m) > 59 or int(s) > 59:
            raise ValueError(stamp)
        return ((int(h) * 60 + int(m)) * 60 + int(s)) * 1000 + int(ms)
    def fmt(total):
        seconds, ms = divmod(total, 1000)
        minutes, s = divmod(seconds, 60)
        h, m = divmod(minutes, 60)
        return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"
    out = []
    for start, end, text in cues:
        a, b = parse(start) + offset_ms, parse(end) + offset_ms
        if b <= 0:
            continue
        out.append((fmt(max(a, 0)), fmt(b), text))
    return out
