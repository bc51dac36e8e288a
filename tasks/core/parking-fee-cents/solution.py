    if minutes < 0:
        raise ValueError("negative duration")
    if minutes <= 15:
        return 0
    days, rest = divmod(minutes, 1440)
    return days * 1800 + min(-(-rest // 60) * 250, 1800)
