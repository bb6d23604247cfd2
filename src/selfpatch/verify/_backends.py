"""The isolation backends: bubblewrap, and plain ``unshare`` as a weaker fallback.

Both run the trial behind the launcher (``_launch.py``), which applies the rlimits. Tools are
resolved by absolute path only, never from PATH or the working directory.

When selfpatch runs as root, RLIMIT_NPROC would not bind (the kernel exempts host uid 0 even
inside a user namespace), so the trial runs as host uid/gid 65534 in a user namespace that
selfpatch creates and maps itself ("0 0 1" and "65534 65534 1"). So that it can still use a
writable copy owned by root, it keeps one capability, CAP_DAC_OVERRIDE, which counts only inside
that namespace and only for what is mounted into the sandbox; read-only mounts stay read-only.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from selfpatch.errors import SandboxUnavailable
from selfpatch.verify import _launch
from selfpatch.verify._limits import MB, Limits, Mounts, rlimits

SANDBOX_ID = 65534
ID_MAP = f"0 0 1\n{SANDBOX_ID} {SANDBOX_ID} 1\n"
HOW_TO_FIX = (
    "install bubblewrap (apt-get install bubblewrap, or dnf install bubblewrap) or enable "
    "unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1; on Ubuntu 24.04 "
    "also kernel.apparmor_restrict_unprivileged_userns=0)"
)
SYSTEM_DIRS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
ETC_FILES = (
    "ld.so.cache",
    "ld.so.conf",
    "ld.so.conf.d",
    "alternatives",
    "ssl",
    "ca-certificates",
    "localtime",
    "passwd",
    "group",
    "nsswitch.conf",
    "hosts",
)
HIDDEN_BY_UNSHARE = ("/root", "/home", "/run", "/tmp", "/var/tmp", "/mnt", "/media")
_HOLDER = (
    "import ctypes, sys\n"
    "if ctypes.CDLL(None, use_errno=True).unshare(0x10000000) != 0:\n"
    "    sys.exit(1)\n"
    "print('ready', flush=True)\n"
    "sys.stdin.read()\n"
)
_preflight_errors: dict[tuple[object, ...], str] = {}


@dataclass
class Launch:
    """A command line ready for Popen, with the descriptors it must inherit."""

    argv: list[str]
    pass_fds: tuple[int, ...] = ()
    owned_fds: tuple[int, ...] = ()
    """Opened for this launch; closed in the parent once the process has started."""
    info_fd: int | None = None
    """Read end of bwrap's --info-fd, which names the sandbox's init process."""

    def close_owned(self) -> None:
        for fd in self.owned_fds:
            os.close(fd)
        self.owned_fds = ()

    def close(self) -> None:
        self.close_owned()
        if self.info_fd is not None:
            os.close(self.info_fd)
            self.info_fd = None

    def init_pid(self) -> int | None:
        """The host pid of the sandbox's init (bwrap only): it outlives bwrap's own exit."""
        if self.info_fd is None:
            return None
        with os.fdopen(self.info_fd, "rb") as info:
            self.info_fd = None
            text = info.read()
        try:
            return int(json.loads(text)["child-pid"])
        except (ValueError, KeyError, TypeError):
            return None


def as_root() -> bool:
    return os.geteuid() == 0


def host_python() -> str:
    return os.path.realpath(sys.executable)


@functools.cache
def _launcher_source() -> str:
    return Path(_launch.__file__).read_text(encoding="utf-8")


def launcher_argv(
    argv: Sequence[str],
    *,
    cwd: Path,
    limits: Limits,
    keep_fds: Sequence[int],
    setup: Mapping[str, object] | None = None,
    supervise: bool = False,
) -> list[str]:
    spec = {
        "rlimits": rlimits(limits),
        "keep_fds": list(keep_fds),
        "setup": setup,
        "supervise": supervise,
        "cwd": str(cwd),
        "exec": list(argv),
    }
    return [host_python(), "-I", "-S", "-c", _launcher_source(), json.dumps(spec)]


# --- what the sandbox shows ------------------------------------------------------------------


def _is_within(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _too_broad(path: Path) -> bool:
    """``/``, a home directory or anything holding one: never bound wholesale."""
    homes = [Path.home(), Path("/root"), Path("/home")]
    return any(_is_within(home, path) for home in homes)


def check_mounts(mounts: Mounts) -> None:
    for path in (*mounts.writable, *mounts.readable):
        if not path.is_absolute() or _too_broad(Path(os.path.realpath(path))):
            raise ValueError(f"refusing to mount {path}: give an absolute path below home or /")


def _import_path() -> list[str]:
    """sys.path without its first entry when that is the script's directory or the working
    directory (``python -m``): that may be the user's repository, .env files and all."""
    prefixes = [Path(p) for p in (sys.base_prefix, sys.prefix, sys.exec_prefix)]
    first = Path(os.path.realpath(sys.path[0])) if sys.path and sys.path[0] else None
    if first is None or not any(_is_within(first, prefix) for prefix in prefixes):
        return sys.path[1:]
    return sys.path


def python_paths() -> list[Path]:
    """The interpreter's installation, its import path and selfpatch's own import root."""
    exe = Path(host_python())
    found = [Path(sys.base_prefix), Path(sys.prefix), exe.parent, Path(selfpatch_root())]
    found += [Path(entry) for entry in _import_path() if entry and os.path.isabs(entry)]
    real = [Path(os.path.realpath(p)) for p in found]
    return [p for p in dict.fromkeys(real) if p.exists() and not _too_broad(p)]


def selfpatch_root() -> str:
    """The directory that ``import selfpatch`` resolves from (src/ for an editable install)."""
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def outermost(paths: Iterable[Path]) -> list[Path]:
    """The paths no other one contains, shortest first."""
    result: list[Path] = []
    for path in sorted(set(paths), key=lambda p: len(p.parts)):
        if not any(_is_within(path, kept) for kept in result):
            result.append(path)
    return result


def git_dirs(roots: Iterable[Path]) -> list[Path]:
    """Every ``.git`` (directory or gitfile, not a symlink) below the writable roots."""
    found: list[Path] = []
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            for name in (n for n in (*dirnames, *filenames) if n == ".git"):
                path = Path(dirpath, name)
                if not path.is_symlink():
                    found.append(path)
            if ".git" in dirnames:
                dirnames.remove(".git")
    return found


def _real(paths: Iterable[Path]) -> list[Path]:
    return [Path(os.path.realpath(p)) for p in paths]


def drop_privileges(setpriv: str, argv: Sequence[str], *, ns_root: bool) -> list[str]:
    """``argv`` behind setpriv: as root, become uid 65534; in an unshare'd ns, lose all caps."""
    if as_root():
        caps = [
            "--reuid",
            str(SANDBOX_ID),
            "--regid",
            str(SANDBOX_ID),
            "--clear-groups",
            "--inh-caps=-all,+dac_override",
            "--ambient-caps=+dac_override",
            "--bounding-set=-all,+dac_override",
        ]
    elif ns_root:
        caps = ["--inh-caps=-all", "--ambient-caps=-all", "--bounding-set=-all"]
    else:
        return list(argv)
    return [setpriv, *caps, "--no-new-privs", "--", *argv]


def open_user_namespace() -> int:
    """A new user namespace mapping root and 65534 (root only); returns an fd to it."""
    holder = subprocess.Popen(
        [host_python(), "-I", "-S", "-c", _HOLDER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={},
        start_new_session=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        if holder.stdout.readline() != b"ready\n":
            raise SandboxUnavailable(f"cannot create a user namespace as root: {HOW_TO_FIX}")
        for name in ("uid_map", "gid_map"):
            Path(f"/proc/{holder.pid}/{name}").write_text(ID_MAP, encoding="ascii")
        return os.open(f"/proc/{holder.pid}/ns/user", os.O_RDONLY | os.O_CLOEXEC)
    finally:
        holder.stdin.close()
        holder.wait()
        holder.stdout.close()


def _probe(backend: Bwrap | Unshare) -> str:
    """Run a tiny command in the backend; '' when it works, else the first line of the error."""
    python = host_python()
    launch = backend.prepare(
        [python, "-I", "-S", "-c", "print('ok')"],
        cwd=Path("/"),
        mounts=Mounts(),
        env={"PATH": "/usr/bin:/bin"},
        limits=Limits(wall_s=20),
    )
    try:
        done = subprocess.run(
            launch.argv,
            cwd="/",
            env={},
            capture_output=True,
            timeout=20,
            pass_fds=launch.pass_fds,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return str(error)
    finally:
        launch.close()
    if done.returncode == 0 and done.stdout == b"ok\n":
        return ""
    lines = done.stderr.decode(errors="replace").strip().splitlines()
    return lines[-1] if lines else f"exit status {done.returncode}"


def _missing_tool(tools: Mapping[str, str]) -> str:
    for role, path in tools.items():
        if not os.path.isabs(path) or not os.access(path, os.X_OK):
            return f"{role} not found at {path}"
    return ""


def cached_preflight(backend: Bwrap | Unshare, tools: Mapping[str, str]) -> None:
    key = (type(backend).__name__, *tools.values(), as_root())
    if key not in _preflight_errors:
        _preflight_errors[key] = _missing_tool(tools) or _probe(backend)
    error = _preflight_errors[key]
    if error:
        raise SandboxUnavailable(f"{backend.name} sandbox unavailable ({error}): {HOW_TO_FIX}")


# --- bubblewrap ------------------------------------------------------------------------------


def _system_args() -> list[str]:
    args: list[str] = []
    for path in SYSTEM_DIRS:
        if os.path.islink(path):
            args += ["--symlink", os.readlink(path), path]
        elif os.path.isdir(path):
            args += ["--ro-bind", path, path]
    for name in ETC_FILES:
        args += ["--ro-bind-try", f"/etc/{name}", f"/etc/{name}"]
    return args


def _bind_args(mounts: Mounts) -> list[str]:
    writable = _real(mounts.writable)
    readable = [
        p
        for p in outermost([*python_paths(), *_real(mounts.readable)])
        if not any(_is_within(p, Path(d)) for d in SYSTEM_DIRS)
    ]
    binds = sorted(
        [(p, "--ro-bind") for p in readable] + [(p, "--bind") for p in writable],
        key=lambda bind: len(bind[0].parts),
    )
    binds += [(git, "--ro-bind") for git in git_dirs(writable)]
    return [arg for path, flag in binds for arg in (flag, str(path), str(path))]


def _namespace_args(userns_fd: int | None) -> list[str]:
    if userns_fd is None:
        return ["--unshare-all"]
    return [
        "--userns",
        str(userns_fd),
        "--unshare-pid",
        "--unshare-net",
        "--unshare-ipc",
        "--unshare-uts",
        "--unshare-cgroup-try",
    ]


def _env_args(env: Mapping[str, str]) -> list[str]:
    return ["--clearenv", *(a for k, v in env.items() for a in ("--setenv", k, v))]


class _CommandLine:
    """``wrap`` for backends whose real entry point is ``prepare``."""

    name: str

    def prepare(
        self,
        argv: Sequence[str],
        *,
        cwd: Path,
        mounts: Mounts,
        env: Mapping[str, str],
        limits: Limits,
        keep_fds: Sequence[int] = (),
    ) -> Launch:
        raise NotImplementedError

    def wrap(self, argv: Sequence[str], *, cwd: Path, mounts: Mounts, limits: Limits) -> list[str]:
        """The command line alone; as root it needs a namespace fd, so use ``prepare``."""
        if as_root():
            raise SandboxUnavailable(f"as root, {self.name} trials must be started with spawn/run")
        return self.prepare(argv, cwd=cwd, mounts=mounts, env={}, limits=limits).argv


@dataclass
class Bwrap(_CommandLine):
    """bubblewrap: the trial sees only the system directories, the interpreter, its mounts."""

    name: str = "bwrap"
    bwrap: str = "/usr/bin/bwrap"
    setpriv: str = "/usr/bin/setpriv"

    def preflight(self) -> None:
        tools = {"bubblewrap": self.bwrap}
        cached_preflight(self, {**tools, "setpriv": self.setpriv} if as_root() else tools)

    def prepare(
        self,
        argv: Sequence[str],
        *,
        cwd: Path,
        mounts: Mounts,
        env: Mapping[str, str],
        limits: Limits,
        keep_fds: Sequence[int] = (),
    ) -> Launch:
        check_mounts(mounts)
        inner = drop_privileges(self.setpriv, argv, ns_root=False)
        userns = open_user_namespace() if as_root() else None
        info_read, info_write = os.pipe()
        tmp = ["--size", str(limits.tmp_mb * MB)]
        command = [
            self.bwrap,
            *_namespace_args(userns),
            "--die-with-parent",
            "--new-session",
            "--info-fd",
            str(info_write),
            *_system_args(),
            "--proc",
            "/proc",
            "--dev",
            "/dev",
            *tmp,
            "--tmpfs",
            "/tmp",
            *tmp,
            "--tmpfs",
            "/dev/shm",
            "--remount-ro",
            "/dev",
            *_bind_args(mounts),
            "--remount-ro",
            "/",
            "--chdir",
            str(cwd),
            *_env_args(env),
            "--",
            *launcher_argv(inner, cwd=cwd, limits=limits, keep_fds=keep_fds),
        ]
        owned = (info_write,) if userns is None else (info_write, userns)
        return Launch(command, pass_fds=(*keep_fds, *owned), owned_fds=owned, info_fd=info_read)


# --- unshare ---------------------------------------------------------------------------------


def _hidden_paths() -> list[Path]:
    candidates = [Path(os.path.realpath(p)) for p in (*HIDDEN_BY_UNSHARE, Path.home())]
    return [p for p in outermost(candidates) if p.is_dir() and p != Path("/")]


def unshare_plan(mounts: Mounts, limits: Limits) -> dict[str, object]:
    """What the launcher mounts: hide, re-bind what the trial needs on top, make the rest ro."""
    hidden = _hidden_paths()
    writable = _real(mounts.writable)
    readable = [
        p
        for p in outermost([*python_paths(), *_real(mounts.readable)])
        if any(_is_within(p, h) for h in hidden)
    ]
    binds = sorted(
        [(p, False) for p in readable] + [(p, True) for p in writable],
        key=lambda bind: len(bind[0].parts),
    )
    return {
        "tmp_bytes": limits.tmp_mb * MB,
        "hide": [str(p) for p in hidden],
        "binds": [(str(p), w) for p, w in binds],
        "git": [str(g) for g in git_dirs(writable)],
    }


@dataclass
class Unshare(_CommandLine):
    """util-linux unshare: new network, pid, ipc, uts and mount namespaces (see isolation.md).

    Weaker than bwrap: the host filesystem stays visible (read-only) apart from the hidden
    home, /run, /tmp and similar directories."""

    name: str = "unshare"
    unshare: str = "/usr/bin/unshare"
    nsenter: str = "/usr/bin/nsenter"
    setpriv: str = "/usr/bin/setpriv"
    tools: dict[str, str] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.tools = {"unshare": self.unshare, "setpriv": self.setpriv}
        if as_root():
            self.tools["nsenter"] = self.nsenter

    def preflight(self) -> None:
        cached_preflight(self, self.tools)

    def prepare(
        self,
        argv: Sequence[str],
        *,
        cwd: Path,
        mounts: Mounts,
        env: Mapping[str, str],
        limits: Limits,
        keep_fds: Sequence[int] = (),
    ) -> Launch:
        check_mounts(mounts)
        inner = drop_privileges(self.setpriv, argv, ns_root=True)
        launcher = launcher_argv(
            inner,
            cwd=cwd,
            limits=limits,
            keep_fds=keep_fds,
            setup=unshare_plan(mounts, limits),
            supervise=True,
        )
        namespaces = [
            "--net",
            "--pid",
            "--ipc",
            "--uts",
            "--mount",
            "--fork",
            "--kill-child",
            "--mount-proc",
        ]
        if not as_root():
            return Launch(
                [self.unshare, "--user", "--map-root-user", *namespaces, "--", *launcher],
                pass_fds=tuple(keep_fds),
            )
        userns = open_user_namespace()
        enter = [self.nsenter, f"--user=/proc/self/fd/{userns}", "--"]
        return Launch(
            [*enter, self.unshare, *namespaces, "--", *launcher],
            pass_fds=(*keep_fds, userns),
            owned_fds=(userns,),
        )
