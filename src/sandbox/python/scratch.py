# boundary-bench sandbox worker, part 1 of 3 (docker-worker.ts joins scratch.py, cpu_watch.py and
# runner.py into one script). Everything a sample can write that would outlive it: the writable
# directories of the container, found by asking the kernel rather than trusting a list, and the
# SysV IPC objects of the container's IPC namespace. The worker clears both after every sample.
import ctypes, os, shutil

# Filesystems whose directories no sample can create files in, whatever their mount options say.
_NOT_STORAGE = {"proc", "sysfs", "cgroup", "cgroup2", "devpts", "securityfs", "debugfs", "tracefs", "bpf"}


def writable_roots():
    """The directories this uid can write whose parent it cannot: every place a sample could leave a file.

    Only mounts that are read-write can hold such a directory (the root filesystem is read-only), so
    each read-write mount is walked rather than the whole tree."""
    mounts = []
    with open("/proc/self/mounts") as f:
        for line in f:
            _dev, point, fstype, options = line.split()[:4]
            point = point.replace("\\040", " ")
            if fstype not in _NOT_STORAGE and "rw" in options.split(","):
                mounts.append(point)
    found = set()
    for mount in mounts:
        for root, dirs, _files in os.walk(mount):
            if root != mount and os.path.ismount(root):
                dirs[:] = []  # walked as a mount of its own
                continue
            if os.access(root, os.W_OK):
                found.add(root)
                dirs[:] = []  # everything below is cleared with it
    roots = sorted(found)
    return [r for r in roots if not any(r != o and r.startswith(o.rstrip("/") + "/") for o in roots)]


def remove_tree(path):
    def make_writable(func, p, _exc):
        try:
            os.chmod(os.path.dirname(p), 0o700)
            os.chmod(p, 0o700)
            func(p)
        except OSError:
            pass
    shutil.rmtree(path, onerror=make_writable)
    return not os.path.exists(path)


def clear_dir(path):
    """Removes everything inside `path`; True when it is empty afterwards."""
    try:
        names = os.listdir(path)
    except OSError:
        return False
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            remove_tree(full)
        else:
            try:
                os.unlink(full)
            except OSError:
                pass
    try:
        return not os.listdir(path)
    except OSError:
        return False


IPC_KINDS = (("shm", "shmctl"), ("msg", "msgctl"), ("sem", "semctl"))
IPC_RMID = 0


def ipc_objects():
    """The SysV IPC objects in this container's IPC namespace, as (kind, id): they outlive their creator."""
    objects = []
    for kind, _call in IPC_KINDS:
        try:
            with open("/proc/sysvipc/%s" % kind) as f:
                next(f, None)
                objects += [(kind, int(line.split()[1])) for line in f if line.strip()]
        except OSError:
            continue
    return objects


def clear_ipc():
    """Removes every SysV IPC object (the sample ran as this uid, so it owns them); True when none is left."""
    objects = ipc_objects()
    if not objects:
        return True
    libc = ctypes.CDLL(None, use_errno=True)
    for kind, ident in objects:
        if kind == "sem":
            libc.semctl(ident, 0, IPC_RMID)
        else:
            getattr(libc, dict(IPC_KINDS)[kind])(ident, IPC_RMID, None)
    return not ipc_objects()
