    h1, m1 = map(int, now.split(":"))
    h2, m2 = map(int, target.split(":"))
    return ((h2 * 60 + m2) - (h1 * 60 + m1)) % 1440
