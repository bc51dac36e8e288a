def sanitize_filename(name: str) -> str:
    """Make an uploaded file name safe to store on disk.

    Steps, in this order:
    1. Replace each of the characters < > : " / \\ | ? * and every control character
       (code point below 32) with "_".
    2. Collapse every run of consecutive "_" (replaced or original) into a single "_".
    3. Strip spaces and dots from both ends.
    4. If nothing is left, return "untitled".
    5. If the part before the first "." is, ignoring case, one of the reserved device
       names CON, PRN, AUX or NUL, put a "_" in front of the whole name.
    Everything else (letters of any script, digits, inner spaces and dots, "-") is kept.

    >>> sanitize_filename('report: "Q3"/final?.pdf')
    'report_ _Q3_final_.pdf'
    >>> sanitize_filename(" ..con.txt")
    '_con.txt'
    >>> sanitize_filename("...")
    'untitled'
    """
