def shell_words(line):
    """Split a command line into words, shell style (a small subset).

    Words are separated by runs of spaces. Inside single quotes everything is literal.
    Inside double quotes a backslash escapes the next character. Outside quotes a
    backslash escapes the next character too (so "\ " is a space inside a word). Quotes
    may join parts of one word ("a'b c'" is one word). An empty quoted string still makes
    a word. An unterminated quote or a trailing backslash raises ValueError.

    >>> shell_words('cp "my file.txt" backup\\ dir')
    ['cp', 'my file.txt', 'backup dir']
    """
