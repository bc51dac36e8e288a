"""Baseline for `npm run bench`: a mimic of openai/human-eval's evaluate_functional_correctness as
published, so its ratio reads against a number users know. Per sample, check_correctness starts a
multiprocessing Manager (a server process) for the result list and a Process for the sample, which
makes a temporary directory, applies reliability_guard, swallows I/O and runs the program under an
interval timer; the parent joins for timeout + 1 s and kills. Samples go through a
ThreadPoolExecutor with the published default of 4 workers. No sandbox of any kind. The parent imports
numpy, as evaluation.py does, where it is installed ("numpy" in the output says whether it was).
The limit is the bench's (1 s everywhere) rather than the published default of 3 s: it changes only
samples that run past it, which a clean workload on a quiet machine does not have.

Usage: published_harness_baseline.py PROBLEMS SAMPLES TIMEOUT_S
Prints {"seconds", "passed", "total", "numpy"}.
"""
import contextlib
import faulthandler
import io
import multiprocessing
import os
import platform
import signal
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

from humaneval_workload import read_programs

try:
    # human_eval/evaluation.py imports numpy (and tqdm) at the top, so every fork the published harness
    # makes, the Manager's server and the sample's Process, copies a parent that holds numpy: about
    # 8 ms of CPU a sample here. tqdm (a progress bar over as_completed) is left out: it costs little.
    import numpy  # noqa: F401

    NUMPY = True
except ImportError:
    NUMPY = False

N_WORKERS = 4


class TimeoutException(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds):
    def signal_handler(signum, frame):
        raise TimeoutException("Timed out!")

    signal.setitimer(signal.ITIMER_REAL, seconds)
    signal.signal(signal.SIGALRM, signal_handler)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


class WriteOnlyStringIO(io.StringIO):
    def read(self, *args, **kwargs):
        raise IOError

    def readline(self, *args, **kwargs):
        raise IOError

    def readlines(self, *args, **kwargs):
        raise IOError

    def readable(self, *args, **kwargs):
        return False


class redirect_stdin(contextlib._RedirectStream):  # type: ignore
    _stream = "stdin"


@contextlib.contextmanager
def swallow_io():
    stream = WriteOnlyStringIO()
    with contextlib.redirect_stdout(stream):
        with contextlib.redirect_stderr(stream):
            with redirect_stdin(stream):
                yield


@contextlib.contextmanager
def create_tempdir():
    with tempfile.TemporaryDirectory() as dirname:
        cwd = os.getcwd()
        os.chdir(dirname)
        try:
            yield dirname
        finally:
            os.chdir(cwd)


def reliability_guard(maximum_memory_bytes=None):
    """The published guard, abridged to what changes timing: it only blanks functions in the child."""
    if maximum_memory_bytes is not None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (maximum_memory_bytes, maximum_memory_bytes))
        resource.setrlimit(resource.RLIMIT_DATA, (maximum_memory_bytes, maximum_memory_bytes))
        if not platform.uname().system == "Darwin":
            resource.setrlimit(resource.RLIMIT_STACK, (maximum_memory_bytes, maximum_memory_bytes))
    faulthandler.disable()
    import builtins

    builtins.exit = None
    builtins.quit = None
    builtins.help = None  # published: __builtins__["help"] = None
    os.environ["OMP_NUM_THREADS"] = "1"
    for name in ("kill", "system", "putenv", "remove", "removedirs", "rmdir", "fchdir", "setuid",
                 "fork", "forkpty", "killpg", "rename", "renames", "truncate", "replace", "unlink",
                 "fchmod", "fchown", "chmod", "chown", "chroot", "lchown", "getcwd", "chdir"):
        setattr(os, name, None)
    import shutil

    shutil.rmtree = None
    shutil.move = None
    shutil.chown = None
    import subprocess

    subprocess.Popen = None  # type: ignore
    sys.modules["ipdb"] = None
    sys.modules["joblib"] = None
    sys.modules["resource"] = None
    sys.modules["psutil"] = None
    sys.modules["tkinter"] = None


def unsafe_execute(program, timeout, result):
    with create_tempdir():
        import shutil

        rmtree, rmdir, chdir = shutil.rmtree, os.rmdir, os.chdir
        reliability_guard()
        try:
            exec_globals = {}
            with swallow_io():
                with time_limit(timeout):
                    exec(program, exec_globals)
            result.append("passed")
        except TimeoutException:
            result.append("timed out")
        except BaseException as e:  # noqa: BLE001 - as published
            result.append(f"failed: {e}")
        shutil.rmtree, os.rmdir, os.chdir = rmtree, rmdir, chdir


def check_correctness(program, timeout):
    manager = multiprocessing.Manager()
    result = manager.list()
    p = multiprocessing.Process(target=unsafe_execute, args=(program, timeout, result))
    p.start()
    p.join(timeout=timeout + 1)
    if p.is_alive():
        p.kill()
    if not result:
        result.append("timed out")
    # As published: the Manager is not shut down explicitly; its finalizer stops the server process.
    return result[0] == "passed"


def main(problems_path, samples_path, timeout):
    programs = read_programs(problems_path, samples_path)
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=N_WORKERS) as executor:
        futures = [executor.submit(check_correctness, p, timeout) for p in programs]
        passed = sum(f.result() for f in as_completed(futures))
    seconds = time.perf_counter() - started
    print('{"seconds": %f, "passed": %d, "total": %d, "numpy": %s}' % (seconds, passed, len(programs), "true" if NUMPY else "false"))


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]))
