from typing import Dict, List


def build_order(deps: Dict[str, List[str]]) -> List[str]:
    """Order in which to build packages so every package comes after its dependencies.

    `deps` maps each package to the packages it depends on. Every name that appears as a
    dependency must also be a key, or ValueError is raised. A package may not depend on itself.
    Among all valid orders return the one that is smallest in dictionary order when compared
    element by element (at each step, build the alphabetically first package that is ready).
    A dependency cycle raises ValueError.

    >>> build_order({"app": ["lib", "log"], "lib": ["log"], "log": [], "cli": []})
    ['cli', 'log', 'lib', 'app']
    """
