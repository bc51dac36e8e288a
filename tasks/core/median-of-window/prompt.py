def rolling_median(values, window):
    """Rolling median of each full window of `window` consecutive values (window >= 1).

    For an even window the median is the mean of the two middle values. Fewer values
    than the window give [].

    >>> rolling_median([5, 1, 3, 2], 3)
    [3, 2]
    """
