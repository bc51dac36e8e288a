def compress_runs(text: str) -> str:
    """Compress runs of a repeated letter.

    A run of two or more equal characters becomes the run length followed by the character;
    a single character stays as it is. The input holds letters only.

    >>> compress_runs("aaabccdddd")
    '3ab2c4d'
    >>> compress_runs("abc")
    'abc'
    """
