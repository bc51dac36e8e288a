    if chainring < 1 or cog < 1:
        raise ValueError((chainring, cog))
    return round(wheel_inches * chainring / cog, 1)
