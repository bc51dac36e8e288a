    letter = chr(ord("A") + (n // 999) % 26)
    return f"{letter}{n % 999 + 1:03d}"
