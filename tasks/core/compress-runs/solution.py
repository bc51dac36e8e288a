    out = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        run = j - i
        out.append((str(run) if run > 1 else "") + text[i])
        i = j
    return "".join(out)
