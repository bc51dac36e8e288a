    out = []
    for ch in name:
        if ch in '<>:"/\\|?*' or ord(ch) < 32:
            ch = "_"
        if ch == "_" and out and out[-1] == "_":
            continue
        out.append(ch)
    result = "".join(out).strip(" .")
    if not result:
        return "untitled"
    if result.split(".")[0].upper() in ("CON", "PRN", "AUX", "NUL"):
        result = "_" + result
    return result
