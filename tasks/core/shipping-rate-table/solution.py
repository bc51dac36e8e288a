    length, width, height = dims_cm
    billable = max(weight_g, length * width * height // 5)
    if billable > 10000:
        return None
    if billable <= 500:
        price = 390
    elif billable <= 2000:
        price = 590
    else:
        price = 990
    if order_cents >= 5000:
        price = 0
    return price + (300 if remote else 0)
