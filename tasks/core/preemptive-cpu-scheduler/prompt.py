def schedule_jobs(jobs, quantum):
    """Simulate a single CPU with preemptive priority scheduling and round robin.

    Each job is (arrival, burst, priority) with integers, burst >= 1, arrival >= 0; a
    smaller priority number is more urgent. Time advances in whole units. At each unit of
    time the CPU runs the most urgent job that has arrived and is not finished. Among jobs
    of equal priority, round robin: a job keeps the CPU for at most `quantum` consecutive
    units while others of its priority are waiting, then goes to the back of its
    priority's queue; newly arrived jobs join the back of their queue (in index order when
    several arrive together) before a job whose quantum just expired is put back. A job
    that is preempted by a more urgent one keeps its place at the front of its queue and
    its used quantum is reset. Return the finish time of each job (time when its last unit
    ends), in input order. quantum < 1 or an invalid job raises ValueError.

    >>> schedule_jobs([(0, 3, 1), (1, 2, 0)], 2)
    [5, 3]
    >>> schedule_jobs([(0, 3, 1), (0, 3, 1)], 2)
    [5, 6]
    """
