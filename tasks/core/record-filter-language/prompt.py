def filter_records(records, where):
    """Indexes of the records (dicts) that satisfy a WHERE-like condition.

    Grammar (keywords case-insensitive):
      cond    := term ("OR" term)*
      term    := factor ("AND" factor)*
      factor  := "NOT" factor | "(" cond ")" | compare
      compare := FIELD op value | FIELD "IN" "(" value ("," value)* ")" | FIELD "LIKE" STRING
      op      := = != < <= > >=
      value   := integer (optional leading "-") | STRING in single quotes (no escapes)
    FIELD is a letter or "_" followed by letters, digits or "_". A comparison where the
    field is missing or None, or where the field and the value are not both numbers or both
    strings, is false (and NOT of it is true). LIKE matches the whole string, "%" matching
    any run of characters and "_" exactly one. Return the indexes of matching records in
    order. A syntax error raises ValueError.

    >>> rows = [{"name": "ann", "age": 31}, {"name": "bob", "age": 17}, {"name": "abe"}]
    >>> filter_records(rows, "age >= 18 OR name LIKE 'a%' AND NOT age < 40")
    [0, 2]
    """
