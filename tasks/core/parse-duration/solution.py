    seconds = {"h": 3600, "m": 60, "s": 1}
    order = "hms"
    total = 0
    last = -1
    number = ""
    parts = 0
    for ch in text:
        if ch.isdigit():
            number += ch
        elif ch in seconds:
            if not number or order.index(ch) <= last:
                raise ValueError(f"bad duration: {text!r}")
            total += int(number) * seconds[ch]
            last = order.index(ch)
            number = ""
            parts += 1
        elif ch == " " and not number:
            continue
        else:
            raise ValueError(f"bad duration: {text!r}")
    if number or parts == 0:
        raise ValueError(f"bad duration: {text!r}")
    return total
