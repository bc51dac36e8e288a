def rotate_text(text: str, shift: int) -> str:
    """Rotate ASCII letters by `shift` places in the alphabet and digits by `shift` places
    among 0-9, keeping case; leave every other character unchanged. Negative shifts rotate
    backwards, and shifts larger than the alphabet wrap around.

    >>> rotate_text("Zoo 9!", 1)
    'App 0!'
    >>> rotate_text("abc", -1)
    'zab'
    """
