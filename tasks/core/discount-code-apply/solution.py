    if code == "":
        return total_cents
    if code in ("SAVE10", "SAVE25"):
        percent = int(code[4:])
        return total_cents - total_cents * percent // 100
    if code == "MINUS500":
        return max(0, total_cents - 500)
    raise ValueError(code)
