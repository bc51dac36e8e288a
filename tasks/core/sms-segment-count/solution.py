    if not text:
        return 0
    if all(ord(c) < 128 for c in text):
        length = sum(2 if c in "^{}\\[]~|" else 1 for c in text)
        single, part = 160, 153
    else:
        length = sum(2 if ord(c) > 0xFFFF else 1 for c in text)
        single, part = 70, 67
    if length <= single:
        return 1
    return -(-length // part)
