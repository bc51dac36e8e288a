def assign_rota(days, availability):
    """Assign one person per day of a cleaning rota, as fairly as possible.

    `days` is a list of day names in order; `availability` maps each person to the set
    of days they can do. Each day goes to an available person with the fewest days
    assigned so far; ties go to the alphabetically first name. A day nobody can do gets
    None. Return the list of assigned names.

    >>> assign_rota(["mon", "tue", "wed"], {"bo": {"mon", "tue", "wed"}, "al": {"tue"}})
    ['bo', 'al', 'bo']
    """
