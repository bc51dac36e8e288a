    if total <= 0:
        return "No results"
    last = (total + page_size - 1) // page_size
    page = min(max(page, 1), last)
    first = (page - 1) * page_size + 1
    end = min(page * page_size, total)
    if first == end:
        return f"Showing {first} of {total}"
    return f"Showing {first}-{end} of {total}"
