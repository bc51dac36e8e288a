def page_label(page: int, page_size: int, total: int) -> str:
    """Build the "Showing ..." label shown above a paginated result list.

    Pages are numbered from 1 and hold `page_size` items each (page_size >= 1); the last
    page may be partial. `total` (>= 0) is the number of results.
    - If total is 0, return "No results".
    - A page number below 1 is treated as page 1; a page number past the last page is
      treated as the last page.
    - The label is "Showing A-B of T" with A and B the 1-based positions of the first and
      last item on the page; when the page holds a single item it is "Showing A of T".

    >>> page_label(2, 10, 45)
    'Showing 11-20 of 45'
    >>> page_label(9, 10, 45)
    'Showing 41-45 of 45'
    >>> page_label(1, 10, 0)
    'No results'
    """
