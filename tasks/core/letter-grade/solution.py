    if score < 0 or score > 100:
        raise ValueError("score out of range")
    for limit, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= limit:
            return letter
    return "F"
