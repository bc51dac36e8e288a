from typing import List, Tuple


def capped_charges(rides: List[Tuple[int, int]], daily_cap: int, weekly_cap: int) -> List[int]:
    """Work out what a contactless transit card is charged for each ride.

    `rides` holds (day, fare) pairs in the order the rides were taken; days are numbered from
    0 and weeks are blocks of seven days (days 0-6 form week 0, days 7-13 week 1, and so on).
    Fares are in cents.

    A rider never pays more than `daily_cap` in one day nor more than `weekly_cap` in one
    week. Each ride is charged its full fare, reduced if necessary so that neither the total
    charged that day nor the total charged that week goes over its cap. Return the amount
    charged for each ride, in order.

    Raise ValueError if a fare is negative or if a ride's day is earlier than the day of the
    ride before it.

    >>> capped_charges([(0, 250), (0, 250), (0, 250), (1, 250)], 600, 10000)
    [250, 250, 100, 250]
    >>> capped_charges([(0, 500), (1, 500), (2, 500)], 600, 1200)
    [500, 500, 200]
    """
