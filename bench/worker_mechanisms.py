"""Measures, inside the sandbox image, the two ways a warm worker can start a sample (issue 3:
"fork server or new interpreter: measure and choose"). Reads a JSON list of programs on stdin and
prints seconds per program for each mechanism, run one after another (no concurrency).

- fresh: a new `python3 -I` per program (what the executor does: nothing is shared between samples);
- fork: a warm interpreter forks, and the child execs the program (what a fork server would do: the
  child inherits the parent's imported modules, interpreter state and memory layout).
"""
import json
import os
import subprocess
import sys
import time

programs = json.load(sys.stdin)
started = time.perf_counter()
for program in programs:
    subprocess.run([sys.executable, "-I", "-c", program], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
fresh = (time.perf_counter() - started) / len(programs)
started = time.perf_counter()
for program in programs:
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            exec(compile(program, "program.py", "exec"), {"__name__": "__main__"})
            os._exit(0)
        except BaseException:
            os._exit(1)
    os.waitpid(pid, 0)
fork = (time.perf_counter() - started) / len(programs)
print(json.dumps({"freshMs": fresh * 1000, "forkMs": fork * 1000}))
