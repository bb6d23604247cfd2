"""Isolated trial processes. SKELETON: the API is fixed; bwrap/unshare backends are to be filled in.

Every trial (a replayed episode, a test run of a candidate) runs through ``spawn`` or ``run``:
the process gets a new session, rlimits, an environment reduced to an allowlist, and a wall-clock
timeout that kills its whole process group. The isolation backend decides what it can see.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from selfpatch.errors import SandboxUnavailable

ENV_ALLOWLIST = ("LANG", "LC_ALL", "TZ")


@dataclass(frozen=True, slots=True)
class Limits:
    wall_s: float = 60.0
    cpu_s: int = 120
    memory_mb: int = 2048
    processes: int = 256
    file_size_mb: int = 64
    open_files: int = 512
    output_bytes: int = 1_000_000
    tmp_mb: int = 256


@dataclass(frozen=True, slots=True)
class Mounts:
    writable: tuple[Path, ...] = ()
    """Bound read-write: the candidate's own copy."""
    readable: tuple[Path, ...] = ()
    """Bound read-only, beyond the system directories and the interpreter's installation."""


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


@dataclass
class NoIsolation:
    """Runs trials as plain subprocesses. Only with an explicit opt-in; recorded as 'none'."""

    name: str = "none"

    def preflight(self) -> None:
        return None

    def wrap(self, argv: Sequence[str], *, cwd: Path, mounts: Mounts, limits: Limits) -> list[str]:
        return list(argv)


def choose(name: str, *, allow_unsafe: bool = False) -> Isolation:
    """The backend for a config value: auto, bwrap, unshare or none (none needs allow_unsafe)."""
    if name == "none":
        if not allow_unsafe:
            raise SandboxUnavailable(
                "isolation 'none' runs candidate code unsandboxed: pass --unsafe-no-sandbox to "
                "allow it"
            )
        return NoIsolation()
    raise SandboxUnavailable(f"isolation {name!r} is not implemented yet")


def clean_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The host environment reduced to the allowlist, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if k in ENV_ALLOWLIST}
    env.update({"PATH": "/usr/local/bin:/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"})
    env.update(extra or {})
    return env


@dataclass
class SandboxedProcess:
    """A running trial process; ``kill`` ends its whole process group."""

    popen: subprocess.Popen[bytes]
    isolation: str
    extra: dict[str, str] = field(default_factory=dict)

    def kill(self) -> None:
        try:
            os.killpg(self.popen.pid, 9)
        except ProcessLookupError:
            pass
        self.popen.wait()

    def __enter__(self) -> SandboxedProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.kill()


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
    popen = subprocess.Popen(
        isolation.wrap(argv, cwd=cwd, mounts=mounts, limits=limits),
        cwd=cwd,
        env=dict(env),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        pass_fds=tuple(pass_fds),
    )
    return SandboxedProcess(popen, isolation.name)


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
    """Run a trial to completion (or its timeout) with bounded output capture."""
    raise NotImplementedError
