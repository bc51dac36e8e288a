def longest_vowel_run(word):
    """Length of the longest run of consecutive vowels (a, e, i, o, u, either case).

    >>> longest_vowel_run("queueing")
    5
    >>> longest_vowel_run("rhythm")
    0
    """
