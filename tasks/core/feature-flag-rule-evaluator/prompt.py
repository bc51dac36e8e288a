from typing import Dict, Union


def evaluate_rule(rule: str, context: Dict[str, Union[bool, int, str]]) -> bool:
    """Evaluate a feature-flag targeting rule against a user's attributes.

    Grammar, from lowest to highest precedence:
        rule       := or_expr
        or_expr    := and_expr ("or" and_expr)*
        and_expr   := not_expr ("and" not_expr)*
        not_expr   := "not" not_expr | comparison
        comparison := operand [ CMP operand | "in" list ]     CMP is == != < <= > >=
        operand    := INT | STRING | "true" | "false" | NAME | "(" or_expr ")"
        list       := "[" [ operand ("," operand)* ] "]"
    Tokens: INT is decimal digits, optionally with a "-" directly in front ("-5"); STRING is
    text between double quotes (no escapes); NAME is a letter or "_" followed by letters,
    digits or "_", and is not one of the keywords and, or, not, in, true, false. Whitespace
    between tokens is ignored. Comparisons do not chain ("a < b < c" is a syntax error).

    Values are booleans, integers and strings; a NAME takes its value from `context`.
    - == and != accept any two values; values of different types are never equal, so
      true == 1 is false. "x in [...]" is true when x equals (in the same sense) some item.
    - <, <=, >, >= need two integers or two strings (strings compare by code points).
    - not, and, or need boolean operands. and/or evaluate left to right and skip the right
      operand when the left one already decides the result; a skipped operand raises no
      error. The operands of a comparison and every item of a list are always evaluated,
      left to right.
    The rule must produce a boolean. Raise ValueError for a syntax error (including an empty
    rule), a NAME missing from `context` when it is evaluated, an operand of the wrong type,
    or a rule whose result is not a boolean.

    >>> evaluate_rule('country in ["DE", "AT"] and (age >= 18 or beta)', {"country": "DE", "age": 16, "beta": True})
    True
    >>> evaluate_rule('not beta and missing == 1', {"beta": True})
    False
    >>> evaluate_rule('tier == true', {"tier": 1})
    False
    """
