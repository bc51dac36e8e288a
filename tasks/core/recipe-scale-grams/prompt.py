def scale_recipe(grams, from_servings, to_servings):
    """Scale ingredient weights from one number of servings to another.

    `grams` maps ingredient to grams. Each weight is multiplied by to/from and rounded to
    the nearest gram (halves round to even, as round does). A number of servings of 0 or
    less raises ValueError. The input is not modified.

    >>> scale_recipe({"flour": 250, "sugar": 75}, 4, 6)
    {'flour': 375, 'sugar': 112}
    """
