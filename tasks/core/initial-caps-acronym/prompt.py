def make_acronym(phrase):
    """Acronym of a phrase: the upper-cased first letter of every word.

    Words are separated by whitespace or hyphens. A word's first letter is its first
    alphabetic character; words with no letter are skipped.

    >>> make_acronym("portable network graphics")
    'PNG'
    >>> make_acronym("Complementary metal-oxide semiconductor")
    'CMOS'
    """
