def abbreviate_count(n: int) -> str:
    """Format a follower count compactly, the way a social profile page shows it.

    - |n| below 1000 is written as a plain integer ("999", "-42", "0").
    - Otherwise use the largest unit that fits: "k" (thousand), "M" (million) or
      "B" (billion), with at most one decimal digit. Digits are truncated, never rounded,
      so the shown value never exceeds the real one ("1999" -> "1.9k").
    - The decimal digit is omitted when it would be 0 ("2000" -> "2k") and also whenever
      the value in that unit is 100 or more ("123456" -> "123k").
    - Negative numbers are formatted like their absolute value, with a leading "-".

    >>> abbreviate_count(1999)
    '1.9k'
    >>> abbreviate_count(2_050_000)
    '2M'
    >>> abbreviate_count(-15_320)
    '-15.3k'
    """
