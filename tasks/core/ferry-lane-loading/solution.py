    if gap < 0 or any(car <= 0 for car in cars):
        raise ValueError("invalid gap or car length")
    remaining = list(lanes)
    used = [False] * len(lanes)
    result = []
    for car in cars:
        choice = -1
        for i, space in enumerate(remaining):
            need = car + gap if used[i] else car
            if need <= space and (choice == -1 or space > remaining[choice]):
                choice = i
        if choice != -1:
            remaining[choice] -= car + gap if used[choice] else car
            used[choice] = True
        result.append(choice)
    return result
