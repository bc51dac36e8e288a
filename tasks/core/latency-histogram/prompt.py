from typing import List, Tuple


def latency_histogram(latencies: List[int], width: int) -> List[Tuple[int, int]]:
    """Bucket request latencies (in milliseconds) into a histogram for a dashboard.

    Buckets are `width` milliseconds wide and start at multiples of `width`: a latency x
    falls into the bucket starting at the largest multiple of `width` that is <= x, so with
    width 10 the buckets are [0, 10), [10, 20), ...

    Return (bucket_start, count) pairs in increasing order of bucket_start, covering every
    bucket from the lowest non-empty one to the highest non-empty one, including the empty
    buckets in between (with count 0). No latencies give an empty list.

    Raise ValueError if width is 0 or less, or if any latency is negative.

    >>> latency_histogram([12, 3, 37, 15, 10], 10)
    [(0, 1), (10, 3), (20, 0), (30, 1)]
    >>> latency_histogram([250], 100)
    [(200, 1)]
    """
