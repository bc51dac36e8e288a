    lengths = {"AMBER": 3, "RED_WALK": 8, "RED_FLASH": 4}
    following = {"AMBER": "RED_WALK", "RED_WALK": "RED_FLASH", "RED_FLASH": "GREEN"}
    phase, age, waiting = "GREEN", 0, False
    out = []
    for event in events:
        if event == "press":
            if phase not in ("RED_WALK", "RED_FLASH"):
                waiting = True
        elif event != "-":
            raise ValueError(event)
        age += 1
        if phase == "GREEN":
            if age >= 10 and waiting:
                phase, age, waiting = "AMBER", 0, False
        elif age >= lengths[phase]:
            phase, age = following[phase], 0
        out.append(phase)
    return out
