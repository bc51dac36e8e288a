    digits = ""
    for ch in text:
        if ch.isdigit() and ch.isascii():
            digits += ch
        elif ch not in " .-()+":
            return None
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    if len(digits) != 10:
        return None
    return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
