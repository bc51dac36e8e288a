def bump_version(version: str, part: str) -> str:
    """Return the next release version after `version` when bumping `part`.

    `version` is "MAJOR.MINOR.PATCH" (non-negative integers), optionally preceded by a "v"
    and optionally followed by "-" and a pre-release label, e.g. "v1.4.0-rc.2".
    `part` is "major", "minor" or "patch":
    - "major" adds 1 to MAJOR and resets MINOR and PATCH to 0;
    - "minor" adds 1 to MINOR and resets PATCH to 0;
    - "patch" adds 1 to PATCH, except when the version has a pre-release label: then the
      numbers are kept as they are (the pre-release is simply released).
    The result never has a pre-release label, and keeps the leading "v" if there was one.
    Numbers are written without leading zeros. Any other `part` raises ValueError.

    >>> bump_version("1.4.2", "minor")
    '1.5.0'
    >>> bump_version("v2.0.0-beta.1", "patch")
    'v2.0.0'
    """
