    for r in rolls:
        if not 0 <= r <= 10:
            raise ValueError(r)
    score = frames = 0
    i = 0
    end = None
    for frame in range(10):
        if i >= len(rolls):
            break
        first = rolls[i]
        if first == 10:
            if frame == 9 and i + 2 < len(rolls) and rolls[i + 1] != 10 and rolls[i + 1] + rolls[i + 2] > 10:
                raise ValueError(rolls)
            if i + 2 >= len(rolls):
                break
            score += 10 + rolls[i + 1] + rolls[i + 2]
            end = i + 3
            i += 1
        else:
            if i + 1 >= len(rolls):
                break
            second = rolls[i + 1]
            if first + second > 10:
                raise ValueError(rolls)
            if first + second == 10:
                if i + 2 >= len(rolls):
                    break
                score += 10 + rolls[i + 2]
                end = i + 3
            else:
                score += first + second
                end = i + 2
            i += 2
        frames += 1
    if frames == 10 and len(rolls) > end:
        raise ValueError(rolls)
    return (score, frames)
