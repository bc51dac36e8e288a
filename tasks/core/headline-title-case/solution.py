    minor = {"a", "an", "the", "and", "but", "or", "of", "in", "on", "at", "to", "for", "by"}
    words = headline.split()
    out = []
    for i, w in enumerate(words):
        if 0 < i < len(words) - 1 and w.lower() in minor:
            w = w.lower()
        elif w == w.lower():
            w = w[0].upper() + w[1:]
        out.append(w)
    return " ".join(out)
