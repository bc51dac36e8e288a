    suffixes = {"jr", "sr", "ii", "iii", "iv"}
    words = [w for w in display_name.split()
             if w[0].isalpha() and w.lower().rstrip(".,") not in suffixes]
    if not words:
        return "?"
    last = words[-1][0] if len(words) > 1 else ""
    return (words[0][0] + last).upper()
