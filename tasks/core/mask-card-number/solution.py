    total = sum(ch.isdigit() for ch in number)
    keep_from = total - 4
    out = []
    seen = 0
    for ch in number:
        if ch.isdigit():
            out.append("*" if seen < keep_from else ch)
            seen += 1
        else:
            out.append(ch)
    return "".join(out)
