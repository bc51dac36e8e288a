    slots = []
    cursor = day_start
    for start, end in sorted(busy):
        slot_end = min(start, day_end)
        if slot_end - cursor >= min_length:
            slots.append((cursor, slot_end))
        cursor = max(cursor, end)
    if day_end - cursor >= min_length:
        slots.append((cursor, day_end))
    return slots
