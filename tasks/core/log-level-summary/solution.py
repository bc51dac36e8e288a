    levels = ("DEBUG", "INFO", "WARN", "ERROR")
    counts = {}
    malformed = 0
    first_error = None
    for line in lines:
        if not line.strip():
            continue
        parts = line.split(" ", 2)
        level = parts[1].upper() if len(parts) >= 2 else ""
        if len(parts) < 2 or not parts[0] or level not in levels:
            malformed += 1
            continue
        counts[level] = counts.get(level, 0) + 1
        if level == "ERROR" and first_error is None:
            first_error = parts[2] if len(parts) == 3 else ""
    return {**counts, "malformed": malformed, "first_error": first_error}
