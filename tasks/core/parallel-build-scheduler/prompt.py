from typing import Dict, List, Tuple


def schedule_builds(tasks: Dict[str, Tuple[int, List[str]]], workers: int) -> List[Tuple[str, int]]:
    """Simulate a build farm that runs tasks on identical workers, critical path first.

    `tasks` maps a task name to (duration, dependencies): the duration is a positive integer and
    the dependencies are distinct names of tasks that must finish before this one may start.

    The priority of a task is its critical length: its own duration plus the largest critical
    length among the tasks that depend on it directly (plus 0 if no task depends on it).

    Time starts at 0 with `workers` idle workers. Whenever a worker is idle and some task is
    ready (not yet started, and every dependency finished at or before the current time), a
    ready task is started on it at once; when several are ready, the one with the highest
    priority goes first, ties broken by the alphabetically smallest name. A task that starts
    at time s with duration d finishes at s + d: its worker becomes idle at that moment and
    the tasks depending on it may start at that same moment.

    Return the (name, start time) pairs in the order the tasks are started (tasks started at
    the same moment appear in the order they were chosen). No tasks give [].
    Raise ValueError if workers < 1, if a dependency is not a key of `tasks`, or if the
    dependencies form a cycle (a task depending on itself counts as a cycle).

    >>> schedule_builds({"a": (2, []), "b": (1, []), "c": (3, ["b"])}, 1)
    [('b', 0), ('c', 1), ('a', 4)]
    >>> schedule_builds({"a": (2, []), "b": (1, []), "c": (3, ["b"])}, 2)
    [('b', 0), ('a', 0), ('c', 1)]
    """
