    best = run = 0
    for ch in word.lower():
        run = run + 1 if ch in "aeiou" else 0
        best = max(best, run)
    return best
