def select_path(document, path):
    """All values of a JSON-like document (dicts, lists, scalars) selected by a path.

    A path is a sequence of steps:
    - ".name": a key of a dict; name is letters, digits and "_" (at least one);
    - '["text"]': a key of a dict, any text without a double quote;
    - "[n]": an index of a list; n may be negative (from the end), digits with an
      optional leading "-";
    - ".*" or "[*]": every value of a dict (in insertion order) or every item of a list.
    The path starts at the document itself; an empty path selects [document]. Steps are
    applied to every currently selected value in order; a step that does not apply to a
    value (wrong type, missing key, index out of range) selects nothing from it. Return
    the list of selected values. A malformed path raises ValueError.

    >>> select_path({"a": [{"b": 1}, {"b": 2}, {"c": 3}]}, ".a[*].b")
    [1, 2]
    >>> select_path({"x.y": {"z": 5}}, '["x.y"].z')
    [5]
    """
