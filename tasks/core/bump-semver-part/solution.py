    prefix = "v" if version.startswith("v") else ""
    core, dash, _ = version[len(prefix):].partition("-")
    major, minor, patch = (int(x) for x in core.split("."))
    if part == "major":
        major, minor, patch = major + 1, 0, 0
    elif part == "minor":
        minor, patch = minor + 1, 0
    elif part == "patch":
        if not dash:
            patch += 1
    else:
        raise ValueError(f"unknown part: {part}")
    return f"{prefix}{major}.{minor}.{patch}"
