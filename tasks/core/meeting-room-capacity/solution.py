    fitting = [(seats, name) for name, seats in rooms.items() if seats >= attendees]
    return min(fitting)[1] if fitting else None
