    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    upper = text.upper()
    if not upper or any(ch not in values for ch in upper):
        raise ValueError(text)
    total = 0
    i = 0
    while i < len(upper):
        value = values[upper[i]]
        if i + 1 < len(upper) and values[upper[i + 1]] > value:
            total += values[upper[i + 1]] - value
            i += 2
        else:
            total += value
            i += 1
    if not 1 <= total <= 3999:
        raise ValueError(text)
    canonical = ""
    rest = total
    for number, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while rest >= number:
            canonical += letters
            rest -= number
    if canonical != upper:
        raise ValueError(text)
    return total
