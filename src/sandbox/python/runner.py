# boundary-bench sandbox worker, part 4 of 4 (after scratch.py, cpu_watch.py and zygote.py). It is PID
# 1 of its container, so that no sample can signal it (the kernel drops signals to a namespace's init
# that it has no handler for), and not dumpable, so that no sample (same uid) can open its memory or
# its descriptors through /proc/1 (its stdout carries the verdicts). It speaks newline-delimited JSON
# on stdin/stdout: one request in, one result out. Each sample runs as a fork of the pristine zygote
# (zygote.py; argv "fresh": a fresh `python3 -I` instead) in its own session and work dir, under
# rlimits, a CPU-time limit with a wall-clock backstop, and an output cap; afterwards every process
# but this one and the zygote is killed, and every writable directory and IPC object is emptied.
import json, os, resource, secrets, selectors, signal, subprocess, sys, time

HARNESS_DEF = r'''
import json, os, sys, traceback
def _bb_run():
    nonce = os.environ.pop("BB_NONCE", "")
    result_fd = int(os.environ.pop("BB_RESULT_FD", "-1"))
    def tail(e):
        # The program's frames only (the first is this harness's exec), the last 4000 characters.
        try:
            tb = e.__traceback__.tb_next if e.__traceback__ is not None else None
            return "".join(traceback.format_exception(type(e), e, tb))[-4000:]
        except BaseException:
            return ""
    def report(outcome, kind="", message="", tb=""):
        line = json.dumps({"nonce": nonce, "outcome": outcome, "kind": kind, "message": message[:500], "traceback": tb}) + "\n"
        try:
            os.write(result_fd, line.encode())
        except OSError:
            pass
    with open(sys.argv[1], "rb") as f:
        source = f.read()
    try:
        code = compile(source, "program.py", "exec")
    except (SyntaxError, ValueError) as e:
        report("error", type(e).__name__, str(e), tail(e))
        return
    program_globals = {"__name__": "__main__", "__builtins__": __builtins__}
    try:
        exec(code, program_globals)
    except AssertionError as e:
        report("fail", "AssertionError", str(e), tail(e))
    except MemoryError:
        report("oom", "MemoryError")
    except SystemExit as e:
        report("error", "SystemExit", "exited with %r before the checks completed" % (e.code,), tail(e))
    except BaseException as e:
        report("error", type(e).__name__, str(e), tail(e))
    else:
        # The checks completed. Exit at once, as the reference harness does, so that lingering threads
        # or atexit hooks of the program cannot turn a completed check into a timeout.
        report("pass")
        try:
            sys.stdout.flush(); sys.stderr.flush()
        finally:
            os._exit(0)
'''
HARNESS = HARNESS_DEF + "_bb_run()\n"

KEEP = 2048
# Every CPU the kernel has, not only those the container's quota allows: an upper bound is what counts.
CPUS = os.cpu_count() or 1
BASE_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"}


def limits(req):
    def apply():
        mem = req["memoryBytes"]
        resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
        resource.setrlimit(resource.RLIMIT_CPU, (req["cpuSeconds"], req["cpuSeconds"] + 1))
        resource.setrlimit(resource.RLIMIT_FSIZE, (req["fileBytes"], req["fileBytes"]))
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))
        resource.setrlimit(resource.RLIMIT_NPROC, (req["processes"], req["processes"]))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    return apply


def sweep_processes(keep):
    """Kills every process in the container but those in keep (this one, the zygote), then reaps them.
    Returns how many there were."""
    stray = 0
    for _ in range(20):
        pids = [int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) not in keep]
        if not pids:
            break
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
                stray += 1
            except (ProcessLookupError, PermissionError):
                pass
        deadline = time.monotonic() + 0.5
        while time.monotonic() < deadline:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                time.sleep(0.005)
    return stray


def oom_kills():
    """The container's OOM-kill count (cgroup v1 or v2), or None where the kernel does not expose it."""
    for path, key in (("/sys/fs/cgroup/memory/memory.oom_control", "oom_kill"), ("/sys/fs/cgroup/memory.events", "oom_kill")):
        try:
            with open(path) as f:
                for line in f:
                    name, _, value = line.partition(" ")
                    if name == key:
                        return int(value)
        except (OSError, ValueError):
            continue
    return None


WAIT_AFTER_KILL_S = 10.0


def set_dumpable(flag):
    """PR_SET_DUMPABLE: a process that is not dumpable cannot be read, written or traced by its uid."""
    ctypes.CDLL(None, use_errno=True).prctl(4, 1 if flag else 0, 0, 0, 0)


def children_cpu_ms():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000.0


class FreshChild:
    """A sample started as a fresh `python3 -I`, with a pidfd so the loop wakes the moment it exits."""

    def __init__(self, req, workdir, env, fds):
        out_w, err_w, result_w = fds
        env = dict(env, BB_RESULT_FD=str(result_w))
        self.proc = subprocess.Popen([sys.executable, "-I", "-c", HARNESS, "program.py"], cwd=workdir, env=env,
                                     stdin=subprocess.DEVNULL, stdout=out_w, stderr=err_w, pass_fds=(result_w,),
                                     start_new_session=True, preexec_fn=limits(req))
        self.pid = self.proc.pid
        try:
            self.exit_fd = os.pidfd_open(self.pid)
        except (AttributeError, OSError):
            self.exit_fd = None

    @property
    def returncode(self):
        return self.proc.returncode

    def poll(self):
        return self.proc.poll()

    def wait(self, timeout=None):
        return self.proc.wait(timeout)

    def close(self):
        if self.exit_fd is not None:
            os.close(self.exit_fd)


def run_sample(req, counter, watch, scratch, zygote):
    phase = time.monotonic()
    workdir = "/work/s%d" % counter
    os.mkdir(workdir, 0o700)
    with open(os.path.join(workdir, "program.py"), "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write(req["program"])
    nonce = secrets.token_hex(16)
    oom_before = oom_kills()
    pipes = [os.pipe() for _ in range(3)]  # stdout, stderr, result: (read end, write end)
    env = dict(BASE_ENV, HOME=workdir, TMPDIR=workdir, BB_NONCE=nonce)
    prepare_ms = (time.monotonic() - phase) * 1000.0
    watch.start()
    started = time.monotonic()
    write_ends = [w for _r, w in pipes]
    try:
        child = zygote.spawn(req, workdir, env, write_ends) if zygote else FreshChild(req, workdir, env, write_ends)
    finally:
        for fd in write_ends:
            os.close(fd)
    sel = selectors.DefaultSelector()
    buffers = {"stdout": bytearray(), "stderr": bytearray(), "result": bytearray()}
    for (read_end, _w), name in zip(pipes, ("stdout", "stderr", "result")):
        sel.register(read_end, selectors.EVENT_READ, name)
    # Wakes the loop the moment the sample exits (the zygote's exit report, or a pidfd).
    exit_fd = child.exit_fd
    if exit_fd is not None:
        sel.register(exit_fd, selectors.EVENT_READ, "exit")
    pipes_open = lambda: any(key.data != "exit" for key in sel.get_map().values())
    # The limit is CPU time. The wall clock is only a backstop for programs that sleep or block, and
    # it counts the time the sample was not waiting for a CPU: a busy machine slows a sample down
    # rather than timing it out. A hard cap on plain wall time ends a sample starved for too long.
    cpu_limit_ms = req["timeoutMs"]
    backstop_ms = req.get("wallMs", 4 * cpu_limit_ms)
    deadline = started + req.get("capMs", 4 * backstop_ms) / 1000.0
    total_output = 0
    timed_out = output_exceeded = False
    timeout_kind = None
    exited_at = None
    while True:
        now = time.monotonic()
        if child.poll() is not None:
            exited_at = exited_at or now
            if exit_fd is not None and exit_fd in sel.get_map():
                sel.unregister(exit_fd)
            # Descendants may hold the pipes open after the program exits; give them a moment, then stop.
            if not pipes_open() or now - exited_at > 0.2:
                break
        watch.poll_waits()
        # The sample's processes cannot have used more CPU than wall time × CPUs, so the cgroup is
        # read only once that bound reaches the limit: most samples end before it is ever read.
        if child.poll() is None and (now - started) * 1000.0 * CPUS >= cpu_limit_ms and watch.cpu_ms() >= cpu_limit_ms:
            timed_out, timeout_kind = True, "cpu"
            break
        if now >= deadline or (now - started) * 1000.0 - (watch.wait_ms() or 0.0) >= backstop_ms:
            timed_out = child.poll() is None
            timeout_kind = "wall" if timed_out else None
            break
        if not sel.get_map():
            # The program closed its pipes but runs on; wait for it without spinning.
            time.sleep(min(0.01, max(0.0, deadline - now)))
            continue
        for key, _ in sel.select(timeout=min(0.05, max(0.0, deadline - now))):
            if key.data == "exit":
                # Read by child.poll() at the top of the loop; a dead zygote's socket stays readable.
                if child.exit_fd is None:
                    sel.unregister(key.fd)
                continue
            chunk = os.read(key.fd, 65536)
            if not chunk:
                sel.unregister(key.fileobj)
                continue
            name = key.data
            if name == "result":
                if len(buffers["result"]) < 65536:
                    buffers["result"] += chunk
                continue
            total_output += len(chunk)
            buf = buffers[name]
            if name == "stdout":
                keep = req.get("stdoutKeepBytes", KEEP)
                if len(buf) < keep:
                    buf += chunk[:keep - len(buf)]
            else:
                buf += chunk
                del buf[:-KEEP]
            if total_output > req["outputBytes"]:
                output_exceeded = True
        if output_exceeded:
            break
    run_ms = (time.monotonic() - started) * 1000.0
    watch.poll_waits(force=True)
    try:
        os.killpg(child.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    zygote_ok = True
    try:
        child.wait(WAIT_AFTER_KILL_S)
    except Exception:  # the zygote died or hung (a sample can signal it): this container is done
        zygote_ok = False
    cpu_ms = watch.cpu_ms()
    wait_ms = watch.wait_ms()
    duration_ms = (time.monotonic() - started) * 1000.0
    for read_end, _w in pipes:
        os.close(read_end)
    sel.close()
    if not zygote:
        child.close()
    phase = time.monotonic()
    stray = sweep_processes({os.getpid(), zygote.pid if zygote else 0})
    sweep_ms = (time.monotonic() - phase) * 1000.0
    phase = time.monotonic()
    # Everything a sample could have written is removed, not only its own work dir: every writable
    # directory of the container (/work, /tmp, /dev/shm, /dev/mqueue, ...) and every SysV IPC object.
    cleared = [clear_dir(path) for path in scratch]
    clean = all(cleared) and clear_ipc() and zygote_ok and (not zygote or zygote.healthy())
    clean_ms = (time.monotonic() - phase) * 1000.0
    oom_after = oom_kills()
    proof = None
    forged = 0
    for line in bytes(buffers["result"]).splitlines():
        try:
            data = json.loads(line)
        except ValueError:
            forged += 1
            continue
        if isinstance(data, dict) and data.get("nonce") == nonce:
            proof = {"outcome": str(data.get("outcome")), "kind": str(data.get("kind", "")), "message": str(data.get("message", "")),
                     "traceback": str(data.get("traceback", ""))}
            break
        forged += 1
    code = child.returncode  # None when the zygote died before it could say
    return {
        "id": req["id"], "exitCode": code if code is not None and code >= 0 else None,
        "signal": -code if code is not None and code < 0 else None,
        "timedOut": timed_out, "timeoutKind": timeout_kind, "outputExceeded": output_exceeded,
        "durationMs": round(duration_ms, 3), "cpuMs": round(cpu_ms, 3),
        "waitMs": None if wait_ms is None else round(wait_ms, 3),
        "proof": proof, "forgedReports": forged,
        "stdoutHead": bytes(buffers["stdout"]).decode("utf-8", "replace"),
        "stderrTail": bytes(buffers["stderr"]).decode("utf-8", "replace"),
        "strayProcesses": stray, "clean": clean,
        "oomKilled": None if oom_before is None or oom_after is None else oom_after > oom_before,
        "phases": {"prepareMs": round(prepare_ms, 3), "runMs": round(run_ms, 3), "sweepMs": round(sweep_ms, 3), "cleanMs": round(clean_ms, 3)},
    }


def main():
    out = sys.stdout
    set_dumpable(False)
    mode = sys.argv[1] if len(sys.argv) > 1 else "zygote"
    scratch = writable_roots()
    # The zygote starts with the environment a sample gets, but for the per-sample values (HOME and
    # TMPDIR matter at start-up: without HOME, site imports pwd, which a fresh sample has not loaded).
    zygote = Zygote(HARNESS_DEF, dict(BASE_ENV, HOME="/work", TMPDIR="/work")) if mode == "zygote" else None
    watch = CpuWatch(lambda: children_cpu_ms() + (zygote.children_cpu_ms() if zygote else 0.0))
    if zygote:
        watch.skip.add(zygote.pid)
    out.write(json.dumps({"ready": True, "python": sys.version.split()[0], "uid": os.getuid(), "scratch": scratch,
                          "cgroupCpu": watch.use_cgroup, "schedstat": watch.use_schedstat, "sampleStart": mode}) + "\n")
    out.flush()
    counter = 0
    for line in sys.stdin.buffer:
        if not line.strip():
            continue
        counter += 1
        received = time.monotonic()
        req = json.loads(line)
        try:
            res = run_sample(req, counter, watch, scratch, zygote)
        except Exception as e:  # a worker fault, reported as such so the host can recycle this container
            res = {"id": req.get("id"), "workerError": "%s: %s" % (type(e).__name__, e)}
        res["workerMs"] = round((time.monotonic() - received) * 1000.0, 3)
        out.write(json.dumps(res) + "\n")
        out.flush()


main()
