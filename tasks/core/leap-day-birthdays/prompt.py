def birthday_in_year(birthday, year):
    """The date ("YYYY-MM-DD") on which a birthday is celebrated in `year`.

    `birthday` is an ISO date. The celebration is the same month and day in `year`,
    except that a 29 February birthday is celebrated on 28 February in common years.

    >>> birthday_in_year("2000-02-29", 2023)
    '2023-02-28'
    >>> birthday_in_year("1990-07-04", 2024)
    '2024-07-04'
    """
