    if from_servings <= 0 or to_servings <= 0:
        raise ValueError((from_servings, to_servings))
    return {name: round(g * to_servings / from_servings) for name, g in grams.items()}
