    best_len, best_start, run = 0, -1, 0
    for i, mm in enumerate(rain_mm):
        if mm < threshold:
            run += 1
            if run > best_len:
                best_len, best_start = run, i - run + 1
        else:
            run = 0
    return best_len, best_start
