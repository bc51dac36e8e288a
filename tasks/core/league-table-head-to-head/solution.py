    if len(set(teams)) != len(teams):
        raise ValueError("duplicate team")
    known = set(teams)
    for home, away, hg, ag in matches:
        if home not in known or away not in known or home == away:
            raise ValueError("bad match")
        if hg < 0 or ag < 0:
            raise ValueError("negative score")

    def table(group):
        games = {t: [] for t in group}
        for home, away, hg, ag in matches:
            if home in games and away in games:
                games[home].append((hg, ag))
                games[away].append((ag, hg))
        return {t: (sum(3 if a > b else int(a == b) for a, b in g), sum(a - b for a, b in g), sum(a for a, _ in g))
                for t, g in games.items()}

    overall = table(known)

    def split(group, key):
        parts = {}
        for t in group:
            parts.setdefault(key(t), []).append(t)
        return [parts[k] for k in sorted(parts, reverse=True)]

    def resolve(group):
        mini = table(set(group))
        parts = split(group, lambda t: mini[t])
        if len(parts) == 1:
            return sorted(group, key=lambda t: (-overall[t][1], -overall[t][2], t))
        return [t for part in parts for t in resolve(part)]

    return [t for part in split(teams, lambda t: overall[t][0]) for t in resolve(part)]
