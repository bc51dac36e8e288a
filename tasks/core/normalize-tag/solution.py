    out = []
    for ch in tag.lower():
        if ch.isspace() or ch in "-_":
            if out and out[-1] != "-":
                out.append("-")
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
    return "".join(out).strip("-")
