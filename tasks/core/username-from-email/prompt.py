def username_from_email(email):
    """Suggest a username from an e-mail address.

    Take the part before the single "@", drop anything from the first "+" on (a tag), and
    lower-case it. Return None unless the address has exactly one "@" with something on
    both sides, and the username left over is not empty.

    >>> username_from_email("Ada.Lovelace+news@example.org")
    'ada.lovelace'
    >>> username_from_email("+tag@example.org") is None
    True
    """
