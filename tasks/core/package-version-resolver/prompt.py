def resolve_versions(index, requirements):
    """Pick one version for every package needed, newest first, satisfying all constraints.

    `index` maps package name -> {version (int): {dependency name: (min, max)}}, meaning that
    version needs the dependency at a version v with min <= v <= max. `requirements` maps
    the root's direct dependencies to (min, max) ranges. Resolve by depth-first search:
    take the packages to decide in alphabetical order of name among those required so far
    and not yet decided; for each, try its allowed versions from newest to oldest (allowed
    = inside every range that decided packages and the root place on it); choosing a
    version adds its dependencies' ranges. Backtrack when a package has no allowed version
    or a newly required range excludes an already decided version. Return
    {package: version} for the first complete solution found, or None. A dependency on a
    package missing from the index raises ValueError.

    >>> idx = {"app": {2: {"lib": (2, 3)}, 1: {"lib": (1, 1)}}, "lib": {3: {}, 1: {}}}
    >>> resolve_versions(idx, {"app": (1, 2)})
    {'app': 2, 'lib': 3}
    """
