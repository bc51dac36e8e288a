"""Baseline for `npm run bench`: the reference harness's way (openai/human-eval), no sandbox.

Each program is exec'd in a forked child process (multiprocessing.Process), `concurrency` at a time,
with a timeout, the way check_correctness does it. Reads a JSON list of programs on stdin and prints
the elapsed seconds and the number that passed.
"""
import json
import multiprocessing
import sys
import time
from concurrent.futures import ThreadPoolExecutor


def unsafe_execute(program, result):
    try:
        exec(program, {})
        result.value = 1
    except BaseException:  # noqa: BLE001 - as the reference harness
        result.value = 0


def check(program, timeout=3.0):
    result = multiprocessing.Value("i", 0)
    p = multiprocessing.Process(target=unsafe_execute, args=(program, result))
    p.start()
    p.join(timeout + 1)
    if p.is_alive():
        p.kill()
    return result.value == 1


def main():
    programs = json.load(sys.stdin)
    concurrency = int(sys.argv[1])
    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        passed = sum(pool.map(check, programs))
    print(json.dumps({"seconds": time.perf_counter() - started, "passed": passed}))


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    main()
