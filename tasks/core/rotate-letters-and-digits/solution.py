    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        elif "0" <= ch <= "9":
            out.append(chr((ord(ch) - ord("0") + shift) % 10 + ord("0")))
        else:
            out.append(ch)
    return "".join(out)
