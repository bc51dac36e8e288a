    if seconds_left <= 0:
        return "started"
    if seconds_left < 3600:
        return f"{-(-seconds_left // 60)} min"
    if seconds_left < 86400:
        return f"{seconds_left // 3600} h"
    days = seconds_left // 86400
    return f"{days} day" if days == 1 else f"{days} days"
