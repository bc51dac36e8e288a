    def minutes(text):
        if len(text) != 5 or text[2] != ":" or not all(ch in "0123456789" for ch in text[:2] + text[3:]):
            raise ValueError("bad time: " + text)
        h, m = int(text[:2]), int(text[3:])
        if h > 23 or m > 59:
            raise ValueError("bad time: " + text)
        return (h, m)

    program = {}
    for entry in schedule.split(";"):
        when, sep, temp = entry.strip().partition("=")
        digits = temp[1:] if temp.startswith("-") else temp
        if not sep or not digits or not all(ch in "0123456789" for ch in digits):
            raise ValueError("bad entry: " + entry)
        t = minutes(when)
        if t in program:
            raise ValueError("duplicate time: " + when)
        program[t] = int(temp)
    now = minutes(time)
    earlier = [t for t in program if t <= now]
    return program[max(earlier) if earlier else max(program)]
