def clean_rows(lines):
    """Clean a tiny comma-separated export (no quoting) into a list of dicts.

    The first line is the header: names are stripped and lower-cased. Each later
    non-blank line is split on ","; values are stripped. A row with fewer values than the
    header is padded with "" ; a row with more values is rejected (skipped). Rows whose
    "id" value was already seen are skipped (the first wins). Return the kept rows as
    dicts. No lines give []. A header without an "id" column raises ValueError.

    >>> clean_rows([" ID , Name", "1, Ann", "2", "1, Bob", "3,x,y"])
    [{'id': '1', 'name': 'Ann'}, {'id': '2', 'name': ''}]
    """
