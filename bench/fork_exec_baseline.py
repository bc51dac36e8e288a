"""Baseline for `npm run bench`: unisolated fork-and-exec, the reference harness's execution model
(openai/human-eval) without its per-sample Manager process. Each program is exec'd in a forked child
(multiprocessing.Process, start method fork) under the same time limit as the executor (an interval
timer in the child, join(timeout + 1) and kill in the parent), `concurrency` at a time from a thread
pool; the verdict comes back through shared memory. No sandbox of any kind.

Usage: fork_exec_baseline.py PROBLEMS SAMPLES CONCURRENCY TIMEOUT_S
Prints {"seconds", "passed", "total"}.
"""
import contextlib
import io
import multiprocessing
import signal
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from humaneval_workload import read_programs


class TimeoutException(Exception):
    pass


def unsafe_execute(program, timeout, result):
    def on_alarm(signum, frame):
        raise TimeoutException("timed out")

    signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    sink = io.StringIO()
    try:
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            exec(program, {})
        result.value = 1
    except BaseException:  # noqa: BLE001 - as the reference harness: anything raised is a failure
        result.value = 0
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def check(program, timeout):
    result = multiprocessing.Value("i", 0, lock=False)
    p = multiprocessing.Process(target=unsafe_execute, args=(program, timeout, result))
    p.start()
    p.join(timeout + 1)
    if p.is_alive():
        p.kill()
        p.join()
    return result.value == 1


def main(problems_path, samples_path, concurrency, timeout):
    programs = read_programs(problems_path, samples_path)
    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        passed = sum(pool.map(lambda p: check(p, timeout), programs))
    print('{"seconds": %f, "passed": %d, "total": %d}' % (time.perf_counter() - started, passed, len(programs)))


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]))
