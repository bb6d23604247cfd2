"""What a trial may use (Limits) and see (Mounts), and the rlimits that enforce Limits."""

from __future__ import annotations

import resource
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024


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


def rlimits(limits: Limits) -> list[tuple[int, int, int]]:
    """(resource, soft, hard) triples the launcher sets before it execs the trial."""
    return [
        # The soft CPU limit sends SIGXCPU; the hard one, a second later, SIGKILL.
        (resource.RLIMIT_CPU, limits.cpu_s, limits.cpu_s + 1),
        (resource.RLIMIT_AS, limits.memory_mb * MB, limits.memory_mb * MB),
        (resource.RLIMIT_NPROC, limits.processes, limits.processes),
        (resource.RLIMIT_FSIZE, limits.file_size_mb * MB, limits.file_size_mb * MB),
        (resource.RLIMIT_NOFILE, limits.open_files, limits.open_files),
        (resource.RLIMIT_CORE, 0, 0),
    ]
