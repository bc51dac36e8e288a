    if people < 1:
        raise ValueError(people)
    total_hundredths = bill_cents * (100 + tip_percent)
    return -(-total_hundredths // (100 * people))
