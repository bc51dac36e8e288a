def is_dark_color(color):
    """Whether text on this background colour should be white.

    `color` is "#RRGGBB" or the short form "#RGB" (each digit doubled), hex digits in
    either case. The colour is dark when 299*R + 587*G + 114*B is below 128000.
    Anything else raises ValueError.

    >>> is_dark_color("#000080")
    True
    >>> is_dark_color("#fc0")
    False
    """
