    n = len(jobs)
    best = [None] * (n + 1)
    best[n] = (0, 0, [])
    for i in range(n - 1, -1, -1):
        pages = 0
        switches = 0
        for j in range(i, min(n, i + max_jobs)):
            pages += jobs[j][0]
            if pages > capacity:
                break
            if j > i and jobs[j][1] != jobs[j - 1][1]:
                switches += 1
            rest = best[j + 1]
            if rest is None:
                continue
            cand = (setup_cost + switch_cost * switches + rest[0], switches + rest[1], [i - j - 1] + rest[2])
            if best[i] is None or cand < best[i]:
                best[i] = cand
    if best[0] is None:
        return None
    return best[0][0], [-size for size in best[0][2]]
