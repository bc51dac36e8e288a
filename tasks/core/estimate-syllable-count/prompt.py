def estimate_syllables(word: str) -> int:
    """Estimate the number of syllables in an English word with a simple rule set.

    The word is compared case-insensitively and contains only letters.
    - Vowel letters are a, e, i, o, u, and also y unless it is the first letter of the word.
    - Each maximal run of consecutive vowel letters counts as one syllable.
    - A final "e" is silent: if the word ends in "e" and the count is above 1, subtract 1.
      Exception: a word ending in "le" whose third-to-last letter is not one of
      a, e, i, o, u, y keeps its count ("table", but not "whale").
    - A non-empty word always has at least 1 syllable; the empty string has 0.

    >>> estimate_syllables("Table")
    2
    >>> estimate_syllables("yellow")
    2
    >>> estimate_syllables("make")
    1
    """
