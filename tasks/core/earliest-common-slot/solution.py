    if duration <= 0:
        raise ValueError("duration must be positive")

    def minutes(text):
        hours, mins = text.split(":")
        return int(hours) * 60 + int(mins)

    busy = []
    for calendar in calendars:
        for period in calendar:
            start_text, end_text = period.split("-")
            start, end = minutes(start_text), minutes(end_text)
            if end <= start:
                raise ValueError(f"empty or reversed period {period!r}")
            busy.append((start, end))
    busy.sort()
    candidate = minutes(day_start)
    last = minutes(day_end)
    for start, end in busy:
        if start >= candidate + duration:
            break
        candidate = max(candidate, end)
    if candidate + duration <= last:
        return f"{candidate // 60:02d}:{candidate % 60:02d}"
    return None
