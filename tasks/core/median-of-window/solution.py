    out = []
    for i in range(len(values) - window + 1):
        part = sorted(values[i:i + window])
        mid = window // 2
        out.append(part[mid] if window % 2 else (part[mid - 1] + part[mid]) / 2)
    return out
