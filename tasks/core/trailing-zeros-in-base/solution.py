    if n == 0:
        return 1
    count = 0
    while n % base == 0:
        n //= base
        count += 1
    return count
