    a, b, c = sorted((length_cm, width_cm, height_cm), reverse=True)
    for name, (ma, mb, mc) in (("S", (35, 25, 3)), ("M", (60, 30, 15)), ("L", (120, 60, 60))):
        if a <= ma and b <= mb and c <= mc:
            return name
    return None
