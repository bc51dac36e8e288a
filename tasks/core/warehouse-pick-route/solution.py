    seen = {}
    for loc in locations:
        head, dash, bin_text = loc.partition("-")
        if not dash or not head.startswith("A") or not head[1:].isdigit() or not bin_text.isdigit():
            raise ValueError(loc)
        aisle, bin_no = int(head[1:]), int(bin_text)
        if aisle < 1 or bin_no < 1:
            raise ValueError(loc)
        seen.setdefault((aisle, bin_no), loc)
    def key(item):
        (aisle, bin_no), _ = item
        return (aisle, bin_no if aisle % 2 == 1 else -bin_no)
    return [loc for _, loc in sorted(seen.items(), key=key)]
