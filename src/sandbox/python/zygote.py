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
# - the zygote has run one compile() (the first builds the interpreter's AST types) and a garbage
#   collection before serving; the harness compiles each sample before any of its code runs, so no
#   sample can tell;
# - descriptors: the child gets /dev/null, its stdout, stderr and result pipes as 0-3 and closes
#   every other inherited descriptor; rlimits are set in the child, as preexec_fn does in fresh mode.
import json, os, signal, socket, subprocess, sys, time

ZYGOTE_SERVE = r'''
def _bb_zygote():
    fresh_modules = set(sys.modules)
    fresh_finders = set(sys.path_importer_cache)
    fresh_main = set(vars(sys.modules["__main__"])) - {"_bb_zygote", "_bb_child"}
    import ctypes, gc, resource, socket
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE 0
    # The harness compiles every sample before running it, and the first compile() of a process builds
    # the interpreter's AST types (about 2.5 ms of a child's CPU, mostly copy-on-write faults). Done
    # once here it is inherited: no sample can see the difference, since its code runs only after the
    # harness's own compile().
    compile(b"", "program.py", "exec")
    for name in set(sys.modules) - fresh_modules:
        del sys.modules[name]
    for path in set(sys.path_importer_cache) - fresh_finders:
        del sys.path_importer_cache[path]  # the ctypes package's directory
    # What serving left in the youngest generation would be walked by each child's first collection,
    # copying the pages it sits on: collected once here, it is not (about 1 ms a child).
    gc.collect()
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
    # Only what differs from the zygote's own environment is changed (HOME, TMPDIR and the nonce):
    # clear() and update() walked every variable through os.environ's Python code, about 0.7 ms.
    env = req["env"]
    for name in [name for name in os.environ if name not in env]:
        del os.environ[name]
    for name, value in env.items():
        if os.environ.get(name) != value:
            os.environ[name] = value
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
    del req, fds, resource, prctl, fresh_modules, fresh_main, main, env
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
        # The zygote reports the exit on its socket: the loop waits on that rather than sleeping.
        self.exit_fd = zygote.sock.fileno()
        # A stopped zygote is looked for at most every 20 ms, and not at once: most samples end sooner.
        self.checked = time.monotonic()

    def poll(self):
        if self.returncode is None and self.exit_fd is not None:
            now = time.monotonic()
            if now - self.checked > 0.02:
                self.checked = now
                # A stopped zygote (a sample can SIGSTOP it) cannot reap: kill it, and the worker reaps.
                if _state(self.pid) == "Z" and _state(self.zygote.pid) in ("T", "t"):
                    os.kill(self.zygote.pid, signal.SIGKILL)
            try:
                self.zygote.read_exit(self, timeout=0.0)
            except (ConnectionError, OSError, ValueError):
                # The zygote died (a sample can kill it): its orphans, this one included, now belong
                # to the worker (PID 1), which reaps it itself. The container is recycled after.
                self.exit_fd = None
        if self.returncode is None and self.exit_fd is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:  # not reparented yet, or already reaped by the zygote
                pid, status = 0, 0
                if not os.path.exists("/proc/%d" % self.pid):
                    return None
            if pid == self.pid:
                self.returncode = _exit_code(status)
        return self.returncode

    def wait(self, timeout):
        deadline = time.monotonic() + timeout
        while self.returncode is None:
            if self.exit_fd is not None:
                try:
                    self.zygote.read_exit(self, timeout=max(0.0, deadline - time.monotonic()))
                    continue
                except (ConnectionError, OSError, ValueError):
                    self.exit_fd = None
            if self.poll() is None:
                if time.monotonic() >= deadline or not os.path.exists("/proc/%d" % self.pid):
                    break
                time.sleep(0.005)
        return self.returncode


class Zygote:
    """The worker's handle on the zygote process: starts it, asks it for samples, hears their exits."""

    ANSWER_TIMEOUT_S = 30.0

    def __init__(self, harness_def, env):
        ours, theirs = socket.socketpair()
        self.sock = ours
        self.buffer = b""
        self.finished_cpu_ms = 0.0
        self.current = None
        self.proc = subprocess.Popen(
            [sys.executable, "-I", "-c", harness_def + ZYGOTE_SERVE, str(theirs.fileno())],
            cwd="/", env=env, pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, start_new_session=True)
        theirs.close()
        self.pid = self.proc.pid
        self._line(self.ANSWER_TIMEOUT_S)

    def spawn(self, req, cwd, env, fds):
        """Forks a sample; fds are its stdout, stderr and result pipe write ends (the caller closes its own)."""
        limits = {name: req[name] for name in ("memoryBytes", "cpuSeconds", "fileBytes", "processes")}
        message = json.dumps({"cwd": cwd, "env": env, "limits": limits}).encode()
        socket.send_fds(self.sock, [message], list(fds))
        self.current = ForkedChild(self, int(self._line(self.ANSWER_TIMEOUT_S)["pid"]))
        return self.current

    def read_exit(self, child, timeout):
        line = self._line(timeout)
        if line is not None:
            child.returncode = _exit_code(line["status"])
            child.cpu_ms = line["cpuMs"]
            self.finished_cpu_ms += line["cpuMs"]
            self.current = None

    def children_cpu_ms(self):
        """CPU of every sample forked so far, the running one read live (used where no cgroup says)."""
        live = 0.0
        if self.current is not None:
            try:
                with open("/proc/%d/stat" % self.current.pid) as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                live = (int(fields[11]) + int(fields[12])) * 1000.0 / os.sysconf("SC_CLK_TCK")
            except (OSError, ValueError, IndexError):
                pass
        return self.finished_cpu_ms + live

    def healthy(self):
        """Alive and not stopped: a sample (same uid) can signal the zygote, which then must not serve."""
        return self.proc.poll() is None and _state(self.pid) not in (None, "T", "t", "Z", "X")

    def _line(self, timeout):
        """The zygote's next reply line; None if none arrived within timeout (0: only what is there)."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 and timeout > 0:
                raise TimeoutError("the zygote did not answer within %.0f s" % timeout)
            self.sock.settimeout(max(left, 0.0))
            try:
                chunk = self.sock.recv(1 << 16)
            except (BlockingIOError, socket.timeout):
                if timeout == 0.0:
                    return None
                continue
            if not chunk:
                raise ConnectionError("the zygote exited")
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return json.loads(line)


def _state(pid):
    """A process's state letter from /proc (R, S, T, Z, ...), or None if it is gone."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return None


def _exit_code(status):
    """A wait status as Popen.returncode: the exit code, or minus the signal that killed it."""
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status)
