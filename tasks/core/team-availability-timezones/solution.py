    def parse(text):
        h, sep, m = text.partition(":")
        if sep != ":" or len(h) != 2 or len(m) != 2 or not (h + m).isdigit() or int(h) > 23 or int(m) > 59:
            raise ValueError(text)
        return int(h) * 60 + int(m)

    def person_mask(offset, windows):
        free = [False] * 1440
        for w in windows:
            a_text, dash, b_text = w.partition("-")
            if dash != "-":
                raise ValueError(w)
            a, b = parse(a_text), parse(b_text)
            length = (b - a) % 1440 or 1440
            for k in range(length):
                free[(a + k - offset) % 1440] = True
        return free

    everyone = [True] * 1440
    for offset, windows in people.values():
        mask = person_mask(offset, windows)
        everyone = [x and y for x, y in zip(everyone, mask)]
    out, start = [], None
    for minute in range(1441):
        on = minute < 1440 and everyone[minute]
        if on and start is None:
            start = minute
        elif not on and start is not None:
            if minute - start >= min_minutes:
                out.append(f"{start // 60:02d}:{start % 60:02d}-{minute // 60:02d}:{minute % 60:02d}")
            start = None
    return out
