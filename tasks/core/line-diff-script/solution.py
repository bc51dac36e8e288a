    n, m = len(old), len(new)
    # lcs[i][j] = length of a longest common subsequence of old[i:] and new[j:]
    lcs = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if old[i] == new[j]:
                lcs[i][j] = lcs[i + 1][j + 1] + 1
            else:
                lcs[i][j] = max(lcs[i + 1][j], lcs[i][j + 1])
    ops = []
    i = j = 0
    while i < n or j < m:
        if i < n and j < m and old[i] == new[j] and lcs[i][j] == lcs[i + 1][j + 1] + 1:
            ops.append(("=", old[i]))
            i += 1
            j += 1
        elif i < n and lcs[i][j] == lcs[i + 1][j]:
            ops.append(("-", old[i]))
            i += 1
        else:
            ops.append(("+", new[j]))
            j += 1
    return ops
