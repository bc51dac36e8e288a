def satisfies(version, spec):
    """Whether a version "X.Y.Z" satisfies a dependency spec.

    Specs: "X.Y.Z" (exactly that version); "~X.Y.Z" (>= X.Y.Z and < X.(Y+1).0);
    "^X.Y.Z" (>= X.Y.Z and below the next change of its first non-zero part:
    < (X+1).0.0 if X > 0, else < 0.(Y+1).0 if Y > 0, else < 0.0.(Z+1)). Numbers are
    non-negative integers without signs. A malformed version or spec raises ValueError.

    >>> satisfies("1.4.2", "^1.2.0")
    True
    >>> satisfies("0.3.0", "^0.2.5")
    False
    """
