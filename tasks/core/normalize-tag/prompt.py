def normalize_tag(tag: str) -> str:
    """Normalise a free-text tag into a slug.

    Lower-case it; turn every run of whitespace, '_' or '-' into a single '-'; drop every other
    character that is not an ASCII letter or digit; and strip '-' from both ends.

    >>> normalize_tag("  Machine   Learning ")
    'machine-learning'
    >>> normalize_tag("C++ / Rust!")
    'c-rust'
    """
