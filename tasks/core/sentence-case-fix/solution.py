    out = []
    capital = True
    for ch in text.lower():
        if capital and ch.isalpha():
            ch = ch.upper()
            capital = False
        if ch in ".!?":
            capital = True
        out.append(ch)
    return "".join(out)
