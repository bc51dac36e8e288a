    count = 0
    for word in text.split():
        vowels = consonants = 0
        for ch in word:
            if ch.isascii() and ch.isalpha():
                if ch.lower() in "aeiou":
                    vowels += 1
                else:
                    consonants += 1
        if vowels > consonants:
            count += 1
    return count
