def sentence_case(text):
    """Rewrite shouted text in sentence case.

    Lower-case everything, then upper-case the first letter of the text and the first
    letter after each ".", "!" or "?" (letters later in the same sentence stay lower).

    >>> sentence_case("HELLO THERE. HOW ARE YOU?FINE")
    'Hello there. How are you?Fine'
    """
