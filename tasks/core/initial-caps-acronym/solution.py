    letters = []
    for word in phrase.replace("-", " ").split():
        first = next((c for c in word if c.isalpha()), None)
        if first is not None:
            letters.append(first.upper())
    return "".join(letters)
