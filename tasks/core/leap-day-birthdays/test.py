def check(candidate):
    import calendar
    assert candidate("2000-02-29", 2023) == "2023-02-28"
    assert candidate("1990-07-04", 2024) == "2024-07-04"
    assert candidate("2000-02-29", 2024) == "2024-02-29"
    assert candidate("2000-02-29", 1900) == "1900-02-28"
    assert candidate("2000-02-29", 2000) == "2000-02-29"
    assert candidate("1999-02-28", 2001) == "2001-02-28"
    assert candidate("1980-12-31", 987) == "0987-12-31"
    for year in range(1890, 2110):
        want = f"{year:04d}-02-{29 if calendar.isleap(year) else 28}"
        assert candidate("1996-02-29", year) == want
        assert candidate("1996-03-01", year) == f"{year:04d}-03-01"
