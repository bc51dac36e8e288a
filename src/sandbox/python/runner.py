# boundary-bench sandbox worker, part 3 of 3 (after scratch.py and cpu_watch.py). It is PID 1 of its container, so that no sample can signal it (the
# kernel drops signals to a namespace's init that it has no handler for), and it speaks newline-
# delimited JSON on stdin/stdout: one request in, one result out. Each sample runs as a fresh
# `python3 -I` process in its own session and work dir, under rlimits, a CPU-time limit with a
# wall-clock backstop, and an output cap; afterwards every process but this one is killed, and every
# writable directory and IPC object of the container is emptied.
import json, os, resource, secrets, selectors, signal, subprocess, sys, time

HARNESS = r'''
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
_bb_run()
'''

KEEP = 2048


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


def sweep_processes():
    """Kills every process in the container but this one, then reaps them. Returns how many there were."""
    me = os.getpid()
    stray = 0
    for _ in range(20):
        pids = [int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) != me]
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


def children_cpu_ms():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000.0


def run_sample(req, counter, watch, scratch):
    workdir = "/work/s%d" % counter
    os.mkdir(workdir, 0o700)
    with open(os.path.join(workdir, "program.py"), "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write(req["program"])
    nonce = secrets.token_hex(16)
    oom_before = oom_kills()
    result_r, result_w = os.pipe()
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": workdir, "TMPDIR": workdir,
           "BB_NONCE": nonce, "BB_RESULT_FD": str(result_w)}
    watch.start()
    started = time.monotonic()
    child = subprocess.Popen([sys.executable, "-I", "-c", HARNESS, "program.py"], cwd=workdir, env=env,
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             pass_fds=(result_w,), start_new_session=True, preexec_fn=limits(req))
    os.close(result_w)
    sel = selectors.DefaultSelector()
    buffers = {"stdout": bytearray(), "stderr": bytearray(), "result": bytearray()}
    sel.register(child.stdout, selectors.EVENT_READ, "stdout")
    sel.register(child.stderr, selectors.EVENT_READ, "stderr")
    result_file = os.fdopen(result_r, "rb", buffering=0)
    sel.register(result_file, selectors.EVENT_READ, "result")
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
            # Descendants may hold the pipes open after the program exits; give them a moment, then stop.
            if not sel.get_map() or now - exited_at > 0.2:
                break
        watch.poll_waits()
        if child.poll() is None and watch.cpu_ms() >= cpu_limit_ms:
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
            chunk = os.read(key.fileobj.fileno(), 65536)
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
    watch.poll_waits(force=True)
    try:
        os.killpg(child.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    child.wait()
    cpu_ms = watch.cpu_ms()
    wait_ms = watch.wait_ms()
    duration_ms = (time.monotonic() - started) * 1000.0
    for f in (child.stdout, child.stderr, result_file):
        f.close()
    stray = sweep_processes()
    # Everything a sample could have written is removed, not only its own work dir: every writable
    # directory of the container (/work, /tmp, /dev/shm, /dev/mqueue, ...) and every SysV IPC object.
    cleared = [clear_dir(path) for path in scratch]
    clean = all(cleared) and clear_ipc()
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
    code = child.returncode
    return {
        "id": req["id"], "exitCode": code if code >= 0 else None, "signal": -code if code < 0 else None,
        "timedOut": timed_out, "timeoutKind": timeout_kind, "outputExceeded": output_exceeded,
        "durationMs": round(duration_ms, 3), "cpuMs": round(cpu_ms, 3),
        "waitMs": None if wait_ms is None else round(wait_ms, 3),
        "proof": proof, "forgedReports": forged,
        "stdoutHead": bytes(buffers["stdout"]).decode("utf-8", "replace"),
        "stderrTail": bytes(buffers["stderr"]).decode("utf-8", "replace"),
        "strayProcesses": stray, "clean": clean,
        "oomKilled": None if oom_before is None or oom_after is None else oom_after > oom_before,
    }


def main():
    out = sys.stdout
    scratch = writable_roots()
    watch = CpuWatch(children_cpu_ms)
    out.write(json.dumps({"ready": True, "python": sys.version.split()[0], "uid": os.getuid(), "scratch": scratch,
                          "cgroupCpu": watch.use_cgroup, "schedstat": watch.use_schedstat}) + "\n")
    out.flush()
    counter = 0
    for line in sys.stdin.buffer:
        if not line.strip():
            continue
        counter += 1
        req = json.loads(line)
        try:
            res = run_sample(req, counter, watch, scratch)
        except Exception as e:  # a worker fault, reported as such so the host can recycle this container
            res = {"id": req.get("id"), "workerError": "%s: %s" % (type(e).__name__, e)}
        out.write(json.dumps(res) + "\n")
        out.flush()


main()
