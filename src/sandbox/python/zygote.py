# boundary-bench sandbox worker: the zygote fork server. A fresh `python3 -I` that loads the sample
# harness (HARNESS_DEF, the same code a fresh-interpreter sample runs) and nothing of any sample, then
# forks one child per sample. Every sample is a fork of the same untouched parent: the zygote never
# runs sample code, copy-on-write keeps whatever a child does out of the parent and the next child,
# and the child is made to hold exactly what a fresh `python3 -I` running the harness holds (its
# modules, __main__, argv, environment, descriptors), then runs the harness's `_bb_run`.
#
# Differences from a fresh interpreter, and how they are handled:
# - modules the zygote needs to serve (socket, resource, ctypes) are dropped from sys.modules before
#   any fork, so a sample that imports them gets fresh copies; `random` is never imported by the
#   zygote, so a sample that imports it seeds it from os.urandom as a fresh process does (and the
#   child reseeds it anyway if anything ever loads it first);
# - the string hash seed is fixed per process at start-up and cannot be changed after, so samples
#   forked from one zygote share it (random per zygote, as it is random per process in fresh mode; a
#   container's zygote serves at most the container's recycle count). A sample can learn the order a
#   set of strings iterates in, never another sample's data;
# - the zygote is not dumpable (PR_SET_DUMPABLE 0): samples run as the same uid, and without this
#   one could read or write its memory through /proc/<pid>/mem. Children are made dumpable again, as
#   a fresh process is;
# - descriptors: the child gets /dev/null, its stdout, stderr and result pipes as 0-3 and closes
#   every other inherited descriptor; rlimits are set in the child, as preexec_fn does in fresh mode.
import socket as _socket_module, subprocess as _subprocess_module

ZYGOTE_SERVE = r'''
def _bb_zygote():
    fresh_modules = set(sys.modules)
    fresh_main = set(vars(sys.modules["__main__"])) - {"_bb_zygote", "_bb_child"}
    import ctypes, resource, socket
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE 0
    for name in set(sys.modules) - fresh_modules:
        del sys.modules[name]
    sock = socket.socket(fileno=int(sys.argv[1]))
    sock.sendall(b'{"ready": true}\n')
    while True:
        msg, fds, _flags, _addr = socket.recv_fds(sock, 1 << 16, 4)
        if not msg:
            os._exit(0)
        req = json.loads(msg)
        pid = os.fork()
        if pid == 0:
            code = 70
            try:
                _bb_child(req, fds, resource, prctl, fresh_modules, fresh_main)
                code = 0
            finally:
                os._exit(code)
        for fd in fds:
            os.close(fd)
        sock.sendall(json.dumps({"pid": pid}).encode() + b"\n")
        _pid, status, usage = os.wait4(pid, 0)
        cpu_ms = (usage.ru_utime + usage.ru_stime) * 1000.0
        sock.sendall(json.dumps({"status": status, "cpuMs": cpu_ms}).encode() + b"\n")

def _bb_child(req, fds, resource, prctl, fresh_modules, fresh_main):
    os.setsid()
    devnull = os.open(os.devnull, os.O_RDWR)
    temporary = [os.dup(fd) for fd in [devnull] + list(fds)]
    for target, fd in enumerate(temporary):
        os.dup2(fd, target)
    os.closerange(len(temporary), 1 << 16)
    limit = req["limits"]
    resource.setrlimit(resource.RLIMIT_AS, (limit["memoryBytes"], limit["memoryBytes"]))
    resource.setrlimit(resource.RLIMIT_CPU, (limit["cpuSeconds"], limit["cpuSeconds"] + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit["fileBytes"], limit["fileBytes"]))
    resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))
    resource.setrlimit(resource.RLIMIT_NPROC, (limit["processes"], limit["processes"]))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    prctl(4, 1, 0, 0, 0)  # dumpable again, as a fresh process
    os.chdir(req["cwd"])
    os.environ.clear()
    os.environ.update(req["env"])
    os.environ["BB_RESULT_FD"] = "3"
    sys.argv[:] = ["-c", "program.py"]
    main = vars(sys.modules["__main__"])
    for name in list(main):
        if name not in fresh_main:
            del main[name]
    # Whatever serving imported since (lazily, inside the libraries it uses) goes too.
    for name in set(sys.modules) - fresh_modules:
        del sys.modules[name]
    if "random" in sys.modules:
        sys.modules["random"].seed()
    del req, fds, resource, prctl, fresh_modules, fresh_main, main
    _bb_run()
    # What a fresh interpreter does at exit after the harness returns (a failed or erroring sample):
    # join non-daemon threads, run atexit hooks, flush the streams.
    threading = sys.modules.get("threading")
    if threading is not None:
        threading._shutdown()
    import atexit
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()

_bb_zygote()
'''


class ForkedChild:
    """A sample forked by the zygote, with the little of subprocess.Popen the worker's loop uses."""

    def __init__(self, zygote, pid):
        self.zygote = zygote
        self.pid = pid
        self.returncode = None
        self.cpu_ms = None

    def poll(self):
        if self.returncode is None:
            self.zygote.read_exit(self, block=False)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            self.zygote.read_exit(self, block=True, timeout=timeout)
        return self.returncode


class Zygote:
    """The worker's handle on the zygote process: starts it, asks it for samples, hears their exits."""

    START_TIMEOUT_S = 30.0

    def __init__(self, harness_def, env):
        ours, theirs = _socket_module.socketpair()
        self.sock = ours
        self.buffer = b""
        self.proc = _subprocess_module.Popen(
            [sys.executable, "-I", "-c", harness_def + ZYGOTE_SERVE, str(theirs.fileno())],
            cwd="/", env=env, pass_fds=(theirs.fileno(),), stdin=_subprocess_module.DEVNULL,
            stdout=_subprocess_module.DEVNULL, start_new_session=True)
        theirs.close()
        self._line(self.START_TIMEOUT_S)

    @property
    def pid(self):
        return self.proc.pid

    def alive(self):
        return self.proc.poll() is None

    def fileno(self):
        return self.sock.fileno()

    def spawn(self, req, cwd, env, fds):
        """Forks a sample: fds are its stdout, stderr and result pipe write ends (the caller closes its own)."""
        limits = {name: req[name] for name in ("memoryBytes", "cpuSeconds", "fileBytes", "processes")}
        message = json.dumps({"cwd": cwd, "env": env, "limits": limits}).encode()
        _socket_module.send_fds(self.sock, [message], list(fds))
        return ForkedChild(self, int(self._line(self.START_TIMEOUT_S)["pid"]))

    def read_exit(self, child, block, timeout=None):
        line = self._line(timeout if block else 0.0)
        if line is not None:
            child.returncode = _exit_code(line["status"])
            child.cpu_ms = line["cpuMs"]

    def close(self):
        try:
            self.sock.close()
        finally:
            try:
                self.proc.kill()
            except OSError:
                pass
            self.proc.wait()

    def _line(self, timeout):
        """The zygote's next reply line; None if none arrived within timeout (0: do not wait)."""
        deadline = time.monotonic() + (timeout if timeout is not None else 1e9)
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if timeout == 0.0:
                left = 0.0
            elif left <= 0:
                raise TimeoutError("the zygote did not answer within %.0f s" % timeout)
            self.sock.settimeout(left if left > 0 else 0.0)
            try:
                chunk = self.sock.recv(1 << 16)
            except (BlockingIOError, _socket_module.timeout):
                if timeout == 0.0:
                    return None
                continue
            if not chunk:
                raise ConnectionError("the zygote exited")
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return json.loads(line)


def _exit_code(status):
    """A wait status as Popen.returncode: the exit code, or minus the signal that killed it."""
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status)
