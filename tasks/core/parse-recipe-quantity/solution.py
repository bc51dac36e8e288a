    import math

    def number(part):
        if not part or any(ch not in "0123456789" for ch in part):
            raise ValueError("bad number: " + repr(part))
        return int(part)

    pieces = text.strip().split(" ")
    if len(pieces) > 2:
        raise ValueError("too many parts")
    whole = number(pieces[0]) if len(pieces) == 2 else 0
    frac = pieces[-1]
    if "/" in frac:
        top, _, bottom = frac.partition("/")
        num, den = number(top), number(bottom)
        if den == 0 or (len(pieces) == 2 and not 0 < num < den):
            raise ValueError("bad fraction")
    elif len(pieces) == 2:
        raise ValueError("mixed number needs a fraction")
    else:
        num, den = number(frac), 1
    num += whole * den
    g = math.gcd(num, den)
    return (num // g, den // g)
