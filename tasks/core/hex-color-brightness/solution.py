    digits = color[1:]
    if not color.startswith("#") or len(digits) not in (3, 6) or any(c not in "0123456789abcdefABCDEF" for c in digits):
        raise ValueError(color)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    r, g, b = (int(digits[i:i + 2], 16) for i in (0, 2, 4))
    return 299 * r + 587 * g + 114 * b < 128000
