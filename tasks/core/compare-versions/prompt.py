def compare_versions(a: str, b: str) -> int:
    """Compare two version strings; return -1 if a < b, 0 if equal, 1 if a > b.

    A version is dot-separated non-negative integers ("1.10.2"), compared numerically part by
    part; missing trailing parts count as 0, so "1.2" equals "1.2.0". It may end in a
    pre-release tag after a dash ("1.2.0-rc2"). A version with a tag is lower than the same
    numbers without one; two tags are compared as plain strings.

    >>> compare_versions("1.10", "1.9.9")
    1
    >>> compare_versions("2.0.0-beta", "2.0")
    -1
    """
