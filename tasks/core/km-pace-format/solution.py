    if distance_km <= 0:
        raise ValueError(distance_km)
    pace = round(seconds / distance_km)
    return f"{pace // 60}:{pace % 60:02d}"
