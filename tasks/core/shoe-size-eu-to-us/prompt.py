def eu_to_us_shoe(eu_size):
    """Convert a European shoe size (35-48, whole numbers) to a US men's size.

    The US size is (eu_size - 33) / 1.5 rounded to the nearest half size, with
    exact quarter points rounded up. Sizes outside 35-48 raise ValueError.

    >>> eu_to_us_shoe(42)
    6.0
    >>> eu_to_us_shoe(44)
    7.5
    """
