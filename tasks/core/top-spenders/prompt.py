from typing import List, Tuple


def top_spenders(payments: List[Tuple[str, int]], k: int) -> List[str]:
    """Names of the k customers who spent the most.

    `payments` holds (customer, cents) pairs; refunds are negative amounts. A customer's total
    is the sum of their amounts. Rank by total, highest first; break ties by name in
    alphabetical order. Customers whose total is zero or less are never listed. Return at most
    k names (fewer if fewer customers qualify).

    >>> top_spenders([("bo", 500), ("al", 300), ("bo", -400), ("cy", 300)], 2)
    ['al', 'cy']
    """
