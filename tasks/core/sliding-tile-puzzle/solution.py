    from collections import deque
    if len(board) != 6 or sorted(board) != list("012345"):
        raise ValueError(board)
    goal = "123450"
    if board == goal:
        return ""
    # distance to goal for every reachable state, by BFS from the goal
    dist = {goal: 0}
    queue = deque([goal])
    while queue:
        state = queue.popleft()
        gap = state.index("0")
        r, c = divmod(gap, 3)
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < 2 and 0 <= nc < 3:
                cells = list(state)
                other = nr * 3 + nc
                cells[gap], cells[other] = cells[other], cells[gap]
                nxt = "".join(cells)
                if nxt not in dist:
                    dist[nxt] = dist[state] + 1
                    queue.append(nxt)
    if board not in dist:
        return None
    moves = []
    state = board
    while state != goal:
        gap = state.index("0")
        r, c = divmod(gap, 3)
        options = []
        # the tile below the gap moves up into it, etc.
        for name, (dr, dc) in (("D", (-1, 0)), ("L", (0, 1)), ("R", (0, -1)), ("U", (1, 0))):
            nr, nc = r + dr, c + dc
            if 0 <= nr < 2 and 0 <= nc < 3:
                cells = list(state)
                other = nr * 3 + nc
                cells[gap], cells[other] = cells[other], cells[gap]
                nxt = "".join(cells)
                if dist[nxt] == dist[state] - 1:
                    options.append((name, nxt))
        name, state = min(options)
        moves.append(name)
    return "".join(moves)
