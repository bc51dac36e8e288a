    for deps_by_version in [requirements] + [d for versions in index.values() for d in versions.values()]:
        for name in deps_by_version:
            if name not in index:
                raise ValueError(name)

    def ranges_on(name, decided):
        found = [requirements[name]] if name in requirements else []
        for other, version in decided.items():
            deps = index[other][version]
            if name in deps:
                found.append(deps[name])
        return found

    def needed(decided):
        names = set(requirements)
        for other, version in decided.items():
            names.update(index[other][version])
        return names

    def search(decided):
        todo = sorted(n for n in needed(decided) if n not in decided)
        if not todo:
            return dict(decided)
        name = todo[0]
        limits = ranges_on(name, decided)
        for version in sorted(index[name], reverse=True):
            if not all(lo <= version <= hi for lo, hi in limits):
                continue
            conflict = False
            for dep, (lo, hi) in index[name][version].items():
                if dep in decided and not lo <= decided[dep] <= hi:
                    conflict = True
                    break
            if conflict:
                continue
            decided[name] = version
            result = search(decided)
            if result is not None:
                return result
            del decided[name]
        return None

    return search({})
