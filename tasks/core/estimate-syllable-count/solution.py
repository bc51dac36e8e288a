    w = word.lower()
    if not w:
        return 0
    count, prev = 0, False
    for i, ch in enumerate(w):
        is_vowel = ch in "aeiou" or (ch == "y" and i > 0)
        if is_vowel and not prev:
            count += 1
        prev = is_vowel
    if w.endswith("e") and count > 1 and not (w.endswith("le") and w[-3] not in "aeiouy"):
        count -= 1
    return max(count, 1)
