    sign = "-" if cents < 0 else ""
    price = f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"
    room = width - len(price) - 1
    if room < 0:
        raise ValueError("width too small for the price")
    name = name[:room]
    return name + "." * (width - len(name) - len(price)) + price
