def vowel_heavy_count(text: str) -> int:
    """Count the words of `text` that have strictly more vowels than consonants.

    Words are separated by whitespace. Within a word only ASCII letters count: vowels are
    a, e, i, o, u (either case), every other letter is a consonant, and anything else is
    ignored. A word with no letters at all is not counted.

    >>> vowel_heavy_count("Aeon audio is a queue")
    4
    >>> vowel_heavy_count("rhythm and blues")
    0
    """
