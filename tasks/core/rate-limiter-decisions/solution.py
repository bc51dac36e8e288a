    accepted = {}
    out = []
    last = None
    for time, client in requests:
        if last is not None and time < last:
            raise ValueError(time)
        last = time
        recent = [t for t in accepted.get(client, []) if time - window < t]
        ok = len(recent) < limit
        if ok:
            recent.append(time)
        accepted[client] = recent
        out.append(ok)
    return out
