from typing import Dict, Union


def evaluate_sheet(cells: Dict[str, str]) -> Dict[str, Union[int, str]]:
    """Compute the value of every filled cell of a small spreadsheet.

    A cell name is a column letter A-Z followed by a row number 1-99 without a leading zero
    ("B7"). `cells` maps cell names to raw contents; cells not in it are empty and count as 0.
    - Content not starting with "=" is a constant: "" means 0, an optional "-" followed by
      digits is that integer, and anything else is an error.
    - Content starting with "=" is a formula built from non-negative integer literals, cell
      names, binary + - *, unary -, parentheses, and SUM(X:Y) where X and Y are cell names
      (the sum over the rectangle with corners X and Y, in any order). Spaces may appear
      between tokens. * binds tighter than + and -, which group left to right; unary minus
      binds tighter than *. Anything that does not fit this grammar is an error.
    The dependencies of a well-formed formula are the filled cells it names directly or inside
    a SUM rectangle. A cell with a well-formed formula that lies on a cycle of dependencies,
    or depends directly or indirectly on such a cell, has value "#CYCLE". Otherwise a cell
    that is an error itself, or depends directly or indirectly on one, has value "#ERR".
    Every other cell has its integer value. Return {name: value} for all keys of `cells`.

    >>> evaluate_sheet({"A1": "5", "A2": "=A1*2+B9", "A3": "=SUM(A2:A1)-1"})
    {'A1': 5, 'A2': 10, 'A3': 14}
    >>> evaluate_sheet({"A1": "=B1", "B1": "=A1+1", "C1": "=B1", "D1": "x", "E1": "=D1"})
    {'A1': '#CYCLE', 'B1': '#CYCLE', 'C1': '#CYCLE', 'D1': '#ERR', 'E1': '#ERR'}
    """
