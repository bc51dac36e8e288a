# boundary-bench sandbox worker, part 2 of 3. How much CPU a sample used, and how long it waited for a
# CPU it wanted. Time limits are judged on CPU time, so a sample that a busy machine starved is not
# timed out; the run-queue wait (schedstat) tells a starved sample from one that slept or blocked.
import os, time


def _cgroup_cpu_ns():
    """The container's CPU time in ns (cgroup v1 cpuacct or v2 cpu.stat), or None."""
    for path in ("/sys/fs/cgroup/cpuacct/cpuacct.usage", "/sys/fs/cgroup/cpu,cpuacct/cpuacct.usage"):
        try:
            with open(path) as f:
                return int(f.read())
        except (OSError, ValueError):
            pass
    try:
        with open("/sys/fs/cgroup/cpu.stat") as f:
            for line in f:
                name, _, value = line.partition(" ")
                if name == "usage_usec":
                    return int(value) * 1000
    except (OSError, ValueError):
        pass
    return None


def _schedstat_available():
    try:
        with open("/proc/self/schedstat") as f:
            return len(f.read().split()) >= 2
    except OSError:
        return False


class CpuWatch:
    """CPU and run-queue wait of everything in the container but the worker, since `start()`.

    The container holds one sample at a time, so its cgroup's CPU time less the worker's own is the
    sample's, children and orphans included. Without a readable cgroup, the reaped children's rusage
    is used instead (it misses processes still running)."""

    def __init__(self, children_cpu_ms):
        self.me = os.getpid()
        # Processes that are not the sample's (the worker; the zygote, whose lifetime totals would swamp it).
        self.skip = {self.me}
        self.children_cpu_ms = children_cpu_ms
        self.use_cgroup = _cgroup_cpu_ns() is not None
        self.use_schedstat = _schedstat_available()

    def start(self):
        self.cg0 = _cgroup_cpu_ns() if self.use_cgroup else None
        self.self0 = time.process_time_ns()
        self.children0 = self.children_cpu_ms()
        self.delays = {}
        self.retired_delay = 0
        # The first scan of /proc waits 50 ms like the others: a sample that ends sooner is read by
        # the forced scan after it, and most samples end sooner (a scan costs about 0.2 ms of CPU).
        self.last_poll = time.monotonic()

    def cpu_ms(self):
        if self.use_cgroup:
            now = _cgroup_cpu_ns()
            if now is not None:
                return max(0.0, ((now - self.cg0) - (time.process_time_ns() - self.self0)) / 1e6)
        return self.children_cpu_ms() - self.children0

    def poll_waits(self, force=False):
        """Samples every process's run-queue wait; at most every 50 ms unless forced."""
        now = time.monotonic()
        if not self.use_schedstat or (not force and now - self.last_poll < 0.05):
            return
        self.last_poll = now
        for name in os.listdir("/proc"):
            if not name.isdigit() or int(name) in self.skip:
                continue
            try:
                with open("/proc/%s/schedstat" % name) as f:
                    delay = int(f.read().split()[1])
            except (OSError, ValueError, IndexError):
                continue
            before = self.delays.get(name)
            if before is not None and delay < before:
                self.retired_delay += before  # the pid was reused: keep the earlier process's wait
            self.delays[name] = delay

    def wait_ms(self):
        """Time the sample's processes were runnable but not running; None when the kernel does not say."""
        if not self.use_schedstat:
            return None
        return (self.retired_delay + sum(self.delays.values())) / 1e6
