def truncate_words(text, limit):
    """Shorten text to at most `limit` words for a preview card.

    Words are separated by whitespace; the result joins them with single spaces. If the
    text has more than `limit` words, keep the first `limit` and append "...".

    >>> truncate_words("the quick  brown fox", 2)
    'the quick...'
    >>> truncate_words("hello world", 5)
    'hello world'
    """
