def evaluate(expression: str) -> int:
    """Evaluate an integer arithmetic expression.

    The grammar: integers (non-negative literals), binary + - * /, unary minus (which may
    repeat, as in "--3"), parentheses and spaces. * and / bind tighter than + and -, and
    operators of equal precedence group left to right. "/" is integer division that truncates
    toward zero (-7 / 2 is -3). Unary minus binds tighter than * and /.
    Raise ValueError for a malformed expression (empty, unbalanced parentheses, a missing
    operand, an unknown character) and ZeroDivisionError for division by zero.

    >>> evaluate("2 + 3 * (4 - 1)")
    11
    >>> evaluate("-7 / 2")
    -3
    """
