from typing import List, Optional, Tuple


def plan_print_batches(jobs: List[Tuple[int, str]], capacity: int, max_jobs: int,
                       setup_cost: int, switch_cost: int) -> Optional[Tuple[int, List[int]]]:
    """Split a print queue into batches as cheaply as possible.

    `jobs` lists (pages, paper) in queue order, pages >= 1. The queue is printed in order and
    cut into consecutive, non-empty batches. A batch may hold at most `max_jobs` jobs and at
    most `capacity` pages in total. A batch costs `setup_cost`, plus `switch_cost` for every
    two neighbouring jobs inside it that use different paper (the printer is reset between
    batches, so a paper change across a batch boundary is free). Costs are >= 0.

    Return (total cost, batch sizes), where batch sizes lists how many jobs each batch holds,
    for a split with the least total cost. Among least-cost splits choose the one with the
    fewest paper changes inside batches, and among those the one whose list of batch sizes is
    largest when compared element by element (the first batch as large as possible, then the
    second, and so on).
    An empty queue gives (0, []). Return None if no valid split exists.

    >>> plan_print_batches([(2, "A4"), (3, "A3"), (1, "A3")], 10, 3, 5, 2)
    (7, [3])
    >>> plan_print_batches([(2, "A4"), (3, "A3"), (1, "A3")], 10, 3, 5, 5)
    (10, [1, 2])
    >>> plan_print_batches([(2, "A4"), (9, "A4")], 8, 5, 1, 0) is None
    True
    """
