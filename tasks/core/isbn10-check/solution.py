    chars = text.replace("-", "")
    if len(chars) != 10 or not chars[:9].isdigit() or not chars[:9].isascii() or chars[9] not in "0123456789X":
        return False
    values = [int(c) for c in chars[:9]] + [10 if chars[9] == "X" else int(chars[9])]
    return sum(v * (10 - i) for i, v in enumerate(values)) % 11 == 0
