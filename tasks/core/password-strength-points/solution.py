    classes = [any(c.islower() and c.isascii() for c in password), any(c.isupper() and c.isascii() for c in password),
               any(c.isdigit() and c.isascii() for c in password), any(not (c.isascii() and c.isalnum()) for c in password)]
    return sum(classes) + (len(password) >= 8) + (len(password) >= 12)
