    from collections import deque
    if quantum < 1:
        raise ValueError(quantum)
    for arrival, burst, _ in jobs:
        if arrival < 0 or burst < 1:
            raise ValueError((arrival, burst))
    remaining = [burst for _, burst, _ in jobs]
    finish = [None] * len(jobs)
    queues = {}
    order = sorted(range(len(jobs)), key=lambda i: (jobs[i][0], i))
    next_arrival = 0
    time = 0
    running, used = None, 0
    done = 0
    while done < len(jobs):
        while next_arrival < len(order) and jobs[order[next_arrival]][0] <= time:
            i = order[next_arrival]
            queues.setdefault(jobs[i][2], deque()).append(i)
            next_arrival += 1
        if running is not None and used >= quantum:
            queue = queues[jobs[running][2]]
            if len(queue) > 1:
                queue.remove(running)
                queue.append(running)
                used = 0
        ready = [p for p, q in queues.items() if q]
        if not ready:
            time = jobs[order[next_arrival]][0]
            continue
        current = queues[min(ready)][0]
        if current != running:
            running, used = current, 0
        remaining[current] -= 1
        used += 1
        time += 1
        if remaining[current] == 0:
            finish[current] = time
            queues[jobs[current][2]].popleft()
            running, used = None, 0
            done += 1
    return finish
