    points = {"A": 4, "B": 3, "C": 2, "D": 1, "F": 0}
    total = credits_sum = 0
    for grade, credits in courses:
        if grade in ("P", "NP"):
            continue
        if grade not in points:
            raise ValueError(grade)
        total += points[grade] * credits
        credits_sum += credits
    if credits_sum == 0:
        return None
    return round(total / credits_sum, 2)
