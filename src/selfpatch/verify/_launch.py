"""The first code that runs inside a trial's namespaces: finish the sandbox, then exec the trial.

Run as ``python -I -S -c <this file's text> <spec json>`` (see ``launcher_argv``): stdlib only,
no imports of selfpatch or site, so nothing in the candidate's copy can shadow it. In order it:
sets up the mounts (only for the unshare backend, which has no bwrap to do it), closes every
inherited file descriptor that was not asked for, applies the rlimits and execs ``spec["exec"]``
(the trial command, behind ``setpriv`` when privileges must be dropped).
"""

from __future__ import annotations

import json
import os
import resource
import sys

TYPE_CHECKING = False  # typing costs milliseconds at every trial start; mypy still sees it
if TYPE_CHECKING:
    from typing import Any

LAUNCH_FAILED = 125
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_NOATIME, MS_NODIRATIME, MS_BIND, MS_REC = 32, 1024, 2048, 4096, 16384
MS_RELATIME, MS_STRICTATIME = 1 << 21, 1 << 24
OPTION_FLAGS = {
    "nosuid": MS_NOSUID,
    "nodev": MS_NODEV,
    "noexec": MS_NOEXEC,
    "noatime": MS_NOATIME,
    "nodiratime": MS_NODIRATIME,
    "relatime": MS_RELATIME,
}
DEVICES = ("null", "zero", "full", "random", "urandom", "tty")
# Kernel knobs under /proc that bwrap also covers read-only; a mapped root could write them.
PR_SET_DUMPABLE = 4
PROC_READ_ONLY = ("/proc/sys", "/proc/sysrq-trigger", "/proc/irq", "/proc/bus")


def _libc() -> Any:
    """libc through ctypes, loaded only by the unshare backend's mounts (bwrap needs none)."""
    import ctypes

    return ctypes.CDLL(None, use_errno=True)


def mount(source: str | None, target: str, fstype: str | None, flags: int, data: str = "") -> None:
    encoded = [s.encode() if s is not None else None for s in (source, target, fstype, data)]
    libc = _libc()
    if libc.mount(encoded[0], encoded[1], encoded[2], flags, encoded[3]) != 0:
        import ctypes

        errno = ctypes.get_errno()
        raise OSError(errno, f"mount {source} on {target}: {os.strerror(errno)}")


def tmpfs(target: str, options: str) -> None:
    mount("tmpfs", target, "tmpfs", MS_NOSUID | MS_NODEV, options)


def make_mountpoint(path: str, like_fd: int) -> None:
    if os.path.lexists(path):
        return
    if os.path.isdir(f"/proc/self/fd/{like_fd}"):
        os.makedirs(path, exist_ok=True)
    else:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        open(path, "x").close()


def bind_fd(fd: int, target: str) -> None:
    make_mountpoint(target, fd)
    mount(f"/proc/self/fd/{fd}", target, None, MS_BIND | MS_REC)


def remount_read_only(target: str, options: str) -> None:
    """Bind-remount read-only, keeping the flags the kernel locks for a less privileged user."""
    flags = MS_REMOUNT | MS_BIND | MS_RDONLY
    words = options.split(",")
    for word in words:
        flags |= OPTION_FLAGS.get(word, 0)
    if "noatime" not in words and "relatime" not in words:
        flags |= MS_STRICTATIME
    mount(None, target, None, flags)


def bind_read_only(path: str) -> None:
    mount(path, path, None, MS_BIND | MS_REC)
    remount_read_only(path, _options_of(path))


def _unescape(field: str) -> str:
    return field.encode().decode("unicode_escape").encode("latin-1").decode()


def mountinfo() -> list[tuple[str, str]]:
    """(mount point, per-mount options) of every mount, in mount order."""
    with open("/proc/self/mountinfo", encoding="utf-8") as lines:
        return [(_unescape(f[4]), f[5]) for f in (line.split() for line in lines)]


def _options_of(path: str) -> str:
    return [options for point, options in mountinfo() if point == path][-1]


def _under(path: str, roots: list[str]) -> bool:
    return any(path == root or path.startswith(root.rstrip("/") + "/") for root in roots)


def read_only_pass(writable: list[str], scratch: list[str]) -> None:
    """Every mount read-only, except the writable binds (and what is below them), the private
    scratch tmpfs mounts themselves, and /proc."""
    for point, options in mountinfo():
        skip = _under(point, writable) or point in scratch or _under(point, ["/proc"])
        if skip or "ro" in options.split(","):
            continue
        try:
            remount_read_only(point, options)
        except FileNotFoundError:
            continue  # shadowed by a mount on top of it: not reachable


def minimal_dev(device_fds: dict[str, int], tmp_options: str) -> None:
    tmpfs("/dev", "mode=755")
    for name, fd in device_fds.items():
        bind_fd(fd, f"/dev/{name}")
    for name, target in (
        ("fd", "/proc/self/fd"),
        ("stdin", "/proc/self/fd/0"),
        ("stdout", "/proc/self/fd/1"),
        ("stderr", "/proc/self/fd/2"),
    ):
        os.symlink(target, f"/dev/{name}")
    os.mkdir("/dev/shm")
    tmpfs("/dev/shm", tmp_options)


def setup(plan: dict[str, Any]) -> None:
    """Mounts for the unshare backend: hide, re-bind what the trial needs, make the rest ro."""
    binds = [
        (path, writable, os.open(path, os.O_PATH | os.O_CLOEXEC))
        for path, writable in plan["binds"]
    ]
    devices = {
        name: os.open(f"/dev/{name}", os.O_PATH | os.O_CLOEXEC)
        for name in DEVICES
        if os.path.exists(f"/dev/{name}")
    }
    tmp_options = f"size={plan['tmp_bytes']},mode=1777"
    for path in plan["hide"]:
        tmpfs(path, tmp_options if path == "/tmp" else "mode=755")
    minimal_dev(devices, tmp_options)
    for path, _writable, fd in binds:
        bind_fd(fd, path)
    read_only_pass([p for p, writable, _ in binds if writable], ["/tmp", "/dev/shm"])
    for path in [p for p in PROC_READ_ONLY if os.path.exists(p)] + plan["git"]:
        bind_read_only(path)


def close_inherited_fds(keep: list[int]) -> None:
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd > 2 and fd not in keep:
            try:
                os.close(fd)
            except OSError:
                continue  # the directory's own descriptor, already closed


def exec_trial(spec: dict[str, Any]) -> None:
    close_inherited_fds(spec["keep_fds"])
    for which, soft, hard in spec["rlimits"]:
        resource.setrlimit(which, (soft, hard))
    os.execv(spec["exec"][0], spec["exec"])


def supervise(trial: int) -> int:
    """As the pid namespace's init: reap orphans until the trial exits, then report its status
    as a shell does (128 + signal); when init exits, the kernel kills whatever is left."""
    _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)  # the trial may not ptrace its privileged init
    close_inherited_fds([])
    while True:
        pid, status = os.wait()
        if pid == trial:
            return os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status)


def main(spec: dict[str, Any]) -> None:
    if spec.get("setup"):
        setup(spec["setup"])
    os.chdir(spec["cwd"])
    if not spec.get("supervise"):
        exec_trial(spec)
    trial = os.fork()
    if trial == 0:
        exec_trial(spec)
    sys.exit(supervise(trial))


if __name__ == "__main__":
    try:
        main(json.loads(sys.argv[1]))
    except Exception as error:
        sys.stderr.write(f"selfpatch sandbox: launcher failed: {error}\n")
        sys.exit(LAUNCH_FAILED)
