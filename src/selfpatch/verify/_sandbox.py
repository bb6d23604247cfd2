"""Isolated trial processes.

Every trial (a replayed episode, a test run of a candidate) runs through ``spawn`` or ``run``:
the process gets a new session, rlimits, an environment reduced to an allowlist, and a wall-clock
timeout that kills its whole process group. The isolation backend decides what it can see:
``Bwrap`` (bubblewrap), ``Unshare`` (util-linux unshare, weaker) or ``NoIsolation`` (opt-in only).
See .notes/isolation.md for what each one protects.
"""

from __future__ import annotations

import contextlib
import os
import select
import selectors
import shutil
import signal
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol, runtime_checkable

from selfpatch.errors import SandboxUnavailable
from selfpatch.verify._backends import HOW_TO_FIX, Bwrap, Launch, Unshare, launcher_argv
from selfpatch.verify._launch import LAUNCH_FAILED
from selfpatch.verify._limits import Limits, Mounts

__all__ = [
    "Bwrap",
    "Isolation",
    "Limits",
    "Mounts",
    "NoIsolation",
    "RunResult",
    "SandboxedProcess",
    "Unshare",
    "choose",
    "clean_env",
    "run",
    "spawn",
]

ENV_ALLOWLIST = ("LANG", "LC_ALL", "LC_CTYPE", "TZ")
DEFAULT_PATH = "/usr/local/bin:/usr/bin:/bin"
KILL_WAIT_S = 5.0
DRAIN_S = 0.5
CHUNK = 65536


@dataclass(slots=True)
class RunResult:
    returncode: int
    stdout: bytes
    stderr: bytes
    duration_s: float
    isolation: str
    timed_out: bool = False
    truncated: bool = False
    reason: str = ""
    """Empty when the process exited by itself; else why it was stopped."""


class Isolation(Protocol):
    name: str

    def preflight(self) -> None:
        """Raise SandboxUnavailable with a how-to-fix message when this backend cannot run."""
        ...

    def wrap(self, argv: Sequence[str], *, cwd: Path, mounts: Mounts, limits: Limits) -> list[str]:
        """The command line that runs ``argv`` inside this backend."""
        ...


@runtime_checkable
class _Preparing(Protocol):
    """A backend that builds its own launch (it may need descriptors: Bwrap, Unshare)."""

    def prepare(
        self,
        argv: Sequence[str],
        *,
        cwd: Path,
        mounts: Mounts,
        env: Mapping[str, str],
        limits: Limits,
        keep_fds: Sequence[int] = (),
    ) -> Launch: ...


@dataclass
class NoIsolation:
    """Runs trials as plain subprocesses. Only with an explicit opt-in; recorded as 'none'."""

    name: str = "none"

    def preflight(self) -> None:
        return None

    def wrap(self, argv: Sequence[str], *, cwd: Path, mounts: Mounts, limits: Limits) -> list[str]:
        return list(argv)


def choose(name: str, *, allow_unsafe: bool = False) -> Isolation:
    """The backend for a config value: auto, bwrap, unshare or none (none needs allow_unsafe).

    Every backend but 'none' is preflighted (a real command is run once, then cached): if it
    cannot run, SandboxUnavailable says how to fix it. Nothing falls back to 'none'."""
    if name == "none":
        if not allow_unsafe:
            raise SandboxUnavailable(
                "isolation 'none' runs candidate code unsandboxed: pass --unsafe-no-sandbox to "
                "allow it"
            )
        return NoIsolation()
    backends: dict[str, type[Bwrap] | type[Unshare]] = {"bwrap": Bwrap, "unshare": Unshare}
    if name in backends:
        backend = backends[name]()
        backend.preflight()
        return backend
    if name != "auto":
        raise SandboxUnavailable(f"unknown isolation {name!r}: use auto, bwrap, unshare or none")
    return _first_available([Bwrap(), Unshare()])


def _first_available(backends: Sequence[Bwrap | Unshare]) -> Isolation:
    errors: list[str] = []
    for backend in backends:
        try:
            backend.preflight()
        except SandboxUnavailable as error:
            errors.append(str(error).split(": install bubblewrap")[0])
            continue
        return backend
    raise SandboxUnavailable(
        f"no sandbox can run trials here ({'; '.join(errors)}): {HOW_TO_FIX}; or pass "
        "--unsafe-no-sandbox to run them unsandboxed (recorded)"
    )


def clean_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The host environment reduced to the allowlist, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if k in ENV_ALLOWLIST}
    env.update({"PATH": DEFAULT_PATH, "HOME": "/tmp", "PYTHONDONTWRITEBYTECODE": "1"})
    env.update(extra or {})
    return env


def _pidfds(pids: Sequence[int]) -> list[int]:
    fds = []
    for pid in pids:
        with contextlib.suppress(OSError):
            fds.append(os.pidfd_open(pid))
    return fds


def _children(pid: int) -> list[int]:
    """``pid``'s children: for unshare, the init of the trial's pid namespace."""
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _wait_readable(fds: Sequence[int], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    pending = list(fds)
    while pending and (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select(pending, [], [], left)
        pending = [fd for fd in pending if fd not in ready]


@dataclass
class SandboxedProcess:
    """A running trial process; ``kill`` ends its whole process group."""

    popen: subprocess.Popen[bytes]
    isolation: str
    extra: dict[str, str] = field(default_factory=dict)
    init_fds: list[int] = field(default_factory=list)
    """pidfds of the sandbox's init, when known at start (bwrap): waited for by ``kill``."""

    def kill(self, wait_s: float = KILL_WAIT_S) -> None:
        """SIGKILL the group, then wait (up to ``wait_s``) until the sandbox's pid namespace,
        and so every process in it, is gone. Idempotent."""
        alive = self.popen.returncode is None
        inits = self.init_fds + (_pidfds(_children(self.popen.pid)) if alive else [])
        self.init_fds = []
        try:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.popen.pid, signal.SIGKILL)
            self.popen.wait()
            _wait_readable(inits, wait_s)
        finally:
            for fd in inits:
                os.close(fd)

    def __enter__(self) -> SandboxedProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.kill()


def resolve_program(program: str, env: Mapping[str, str]) -> str:
    """An absolute path for ``program``: bare names are looked up on the absolute entries of
    the trial's PATH, never in the working directory."""
    if os.path.isabs(program):
        return program
    if "/" in program:
        raise ValueError(f"relative program path {program!r}: give an absolute path")
    path = os.pathsep.join(
        p for p in env.get("PATH", DEFAULT_PATH).split(os.pathsep) if os.path.isabs(p)
    )
    found = shutil.which(program, path=path)
    if found is None:
        raise FileNotFoundError(f"{program!r} not found on the trial's PATH {path}")
    return found


def _launch(
    isolation: Isolation,
    argv: Sequence[str],
    *,
    cwd: Path,
    mounts: Mounts,
    env: Mapping[str, str],
    limits: Limits,
    keep_fds: Sequence[int],
) -> Launch:
    argv = [resolve_program(argv[0], env), *argv[1:]]
    if isinstance(isolation, _Preparing):
        return isolation.prepare(
            argv, cwd=cwd, mounts=mounts, env=env, limits=limits, keep_fds=keep_fds
        )
    inner = launcher_argv(argv, cwd=cwd, limits=limits, keep_fds=keep_fds)
    return Launch(
        isolation.wrap(inner, cwd=cwd, mounts=mounts, limits=limits), pass_fds=tuple(keep_fds)
    )


def spawn(
    isolation: Isolation,
    argv: Sequence[str],
    *,
    cwd: Path,
    mounts: Mounts,
    env: Mapping[str, str],
    limits: Limits,
    pass_fds: Sequence[int] = (),
) -> SandboxedProcess:
    """Start a long-lived trial process with stdin/stdout/stderr pipes, in a new session."""
    launch = _launch(
        isolation, argv, cwd=cwd, mounts=mounts, env=env, limits=limits, keep_fds=pass_fds
    )
    try:
        popen = subprocess.Popen(
            launch.argv,
            cwd=cwd,
            env=dict(env),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
            pass_fds=launch.pass_fds,
        )
        launch.close_owned()
        init = launch.init_pid()
    finally:
        launch.close()
    return SandboxedProcess(popen, isolation.name, init_fds=_pidfds([init] if init else []))


class _Capture:
    """At most ``limit`` bytes of a stream; the rest is read and discarded."""

    def __init__(self, limit: int) -> None:
        self.data = bytearray()
        self.limit = limit
        self.truncated = False

    def add(self, chunk: bytes) -> None:
        room = self.limit - len(self.data)
        if len(chunk) > room:
            self.truncated = True
        self.data += chunk[: max(room, 0)]


class _Pump:
    """Moves bytes between the trial's pipes and the captures until told to stop."""

    def __init__(self, popen: subprocess.Popen[bytes], data: bytes, limit: int) -> None:
        assert popen.stdin is not None and popen.stdout is not None and popen.stderr is not None
        self.selector = selectors.DefaultSelector()
        self.out, self.err = _Capture(limit), _Capture(limit)
        self.pending = memoryview(data)
        self.exit_fd = os.pidfd_open(popen.pid)
        self.selector.register(self.exit_fd, selectors.EVENT_READ, "exit")
        for stream, capture in ((popen.stdout, self.out), (popen.stderr, self.err)):
            os.set_blocking(stream.fileno(), False)
            self.selector.register(stream, selectors.EVENT_READ, capture)
        if data:
            os.set_blocking(popen.stdin.fileno(), False)
            self.selector.register(popen.stdin, selectors.EVENT_WRITE, "stdin")
        else:
            popen.stdin.close()
        self.exited = False

    def pump(self, deadline: float, until_exit: bool) -> None:
        while (left := deadline - time.monotonic()) > 0 and self._open(until_exit):
            for key, _ in self.selector.select(left):
                self._handle(key)

    def _open(self, until_exit: bool) -> bool:
        if until_exit:
            return not self.exited
        return any(isinstance(key.data, _Capture) for key in self.selector.get_map().values())

    def _handle(self, key: selectors.SelectorKey) -> None:
        stream: IO[bytes] = key.fileobj  # type: ignore[assignment]
        if key.data == "exit":
            self.exited = True
            self.selector.unregister(self.exit_fd)
        elif key.data == "stdin":
            self._write(stream)
        else:
            chunk = os.read(stream.fileno(), CHUNK)
            if chunk:
                key.data.add(chunk)
            else:
                self.selector.unregister(stream)

    def _write(self, stdin: IO[bytes]) -> None:
        try:
            written = os.write(stdin.fileno(), self.pending[:CHUNK])
        except BrokenPipeError:
            written = len(self.pending)
        self.pending = self.pending[written:]
        if not self.pending:
            self.selector.unregister(stdin)
            stdin.close()

    def close(self, popen: subprocess.Popen[bytes]) -> None:
        self.selector.close()
        os.close(self.exit_fd)
        for stream in (popen.stdin, popen.stdout, popen.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


def _signal_of(returncode: int, isolation: str) -> int:
    if returncode < 0:
        return -returncode
    # bwrap, and the launcher as init under unshare, report "killed by signal N" as 128 + N.
    if isolation in ("bwrap", "unshare") and 128 < returncode < 128 + 65:
        return returncode - 128
    return 0


def _reason(returncode: int, isolation: str, stderr: bytes) -> str:
    signum = _signal_of(returncode, isolation)
    if signum == signal.SIGXCPU:
        return "cpu time limit (SIGXCPU)"
    if signum == signal.SIGXFSZ:
        return "file size limit (SIGXFSZ)"
    if signum:
        return f"killed by signal {signum} ({signal.Signals(signum).name})"
    if returncode == LAUNCH_FAILED and b"selfpatch sandbox:" in stderr:
        return "sandbox failed: " + stderr.decode(errors="replace").strip().splitlines()[-1]
    if returncode != 0 and b"MemoryError" in stderr[-4096:]:
        return "memory limit (MemoryError)"
    return ""


def run(
    isolation: Isolation,
    argv: Sequence[str],
    *,
    cwd: Path,
    mounts: Mounts,
    env: Mapping[str, str],
    limits: Limits,
    input: bytes = b"",
) -> RunResult:
    """Run a trial to completion (or its timeout) with bounded output capture.

    Returns within ``limits.wall_s`` plus about a second: on timeout, or once the trial has
    exited, its whole process group (and sandbox) is killed and the pipes are drained briefly."""
    start = time.monotonic()
    deadline = start + limits.wall_s
    proc = spawn(isolation, argv, cwd=cwd, mounts=mounts, env=env, limits=limits)
    pump = _Pump(proc.popen, input, limits.output_bytes)
    try:
        pump.pump(deadline, until_exit=True)
        timed_out = not pump.exited
        proc.kill(wait_s=max(deadline + 0.5 - time.monotonic(), 0.2))
        pump.pump(min(time.monotonic() + DRAIN_S, deadline + 0.9), until_exit=False)
    finally:
        pump.close(proc.popen)
    returncode = proc.popen.returncode
    stderr = bytes(pump.err.data)
    reason = f"timeout after {limits.wall_s:g}s" if timed_out else ""
    return RunResult(
        returncode=returncode,
        stdout=bytes(pump.out.data),
        stderr=stderr,
        duration_s=time.monotonic() - start,
        isolation=isolation.name,
        timed_out=timed_out,
        truncated=pump.out.truncated or pump.err.truncated,
        reason=reason or _reason(returncode, isolation.name, stderr),
    )
