from typing import Tuple


def parse_quantity(text: str) -> Tuple[int, int]:
    """Parse an ingredient quantity from a recipe into a reduced fraction.

    Leading and trailing spaces are ignored. The remaining text must have one of three forms,
    where every number is a run of ASCII digits 0-9 (no signs):

    - a whole number, e.g. "3";
    - a fraction "A/B", e.g. "3/4" (improper fractions such as "5/4" are fine);
    - a mixed number "N A/B" with exactly one space, e.g. "1 1/2"; here the fraction part must
      be proper and non-zero (0 < A < B).

    In every form the denominator B must be greater than 0. Return (numerator, denominator)
    in lowest terms with a positive denominator; zero is (0, 1). Anything else raises
    ValueError.

    >>> parse_quantity("1 1/2")
    (3, 2)
    >>> parse_quantity(" 6/4 ")
    (3, 2)
    >>> parse_quantity("2")
    (2, 1)
    """
