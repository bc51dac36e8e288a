    stripped = line.lstrip(" ")
    if len(line) - len(stripped) > 3:
        return 0
    level = len(stripped) - len(stripped.lstrip("#"))
    if level < 1 or level > 6:
        return 0
    rest = stripped[level:]
    if rest == "" or rest.startswith(" "):
        return level
    return 0
