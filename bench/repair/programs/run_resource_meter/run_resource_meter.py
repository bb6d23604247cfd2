"""Charge one sandboxed tool run's processes, CPU time and output against its limits."""

from dataclasses import dataclass, field


class LimitExceeded(Exception):
    def __init__(self, resource: str, used: float, limit: float) -> None:
        super().__init__(f"{resource} limit exceeded: {used:g} of {limit:g}")
        self.resource = resource


@dataclass(frozen=True)
class Limits:
    cpu_seconds: float = 30.0
    output_bytes: int = 1_000_000
    live_processes: int = 8


@dataclass
class RunMeter:
    limits: Limits = field(default_factory=Limits)
    cpu_seconds: float = 0.0
    output_bytes: int = 0
    output_truncated: bool = False
    peak_processes: int = 0
    kills: list[tuple[int, str]] = field(default_factory=list)
    _cpu_by_pid: dict[int, float] = field(default_factory=dict)  # last cumulative reading

    @property
    def live(self) -> int:
        return len(self._cpu_by_pid)

    def spawn(self, pid: int) -> None:
        if self.live + 1 > self.limits.live_processes:
            raise LimitExceeded("processes", self.live + 1, self.limits.live_processes)
        self._cpu_by_pid[pid] = 0.0
        self.peak_processes = max(self.peak_processes, self.live)

    def report_cpu(self, pid: int, cumulative: float) -> None:
        """A live child's CPU time so far (as the OS reports it); only the increase is charged."""
        self.cpu_seconds += cumulative - self._cpu_by_pid[pid]
        self._cpu_by_pid[pid] = cumulative
        if self.cpu_seconds > self.limits.cpu_seconds:
            raise LimitExceeded("cpu_seconds", self.cpu_seconds, self.limits.cpu_seconds)

    def exited(self, pid: int, cumulative: float) -> None:
        """Normal exit with the child's final CPU time."""
        try:
            self.report_cpu(pid, cumulative)
        finally:
            del self._cpu_by_pid[pid]

    def killed(self, pid: int, reason: str) -> None:
        """The sandbox killed the child; its last reading stands, as nothing more is reported."""
        self.kills.append((pid, reason))

    def write_output(self, data: bytes) -> bytes:
        """Accept output up to the cap and return the part kept; the rest is cut off."""
        room = max(self.limits.output_bytes - self.output_bytes, 0)
        kept = data[:room]
        self.output_bytes += len(kept)
        self.output_truncated = self.output_truncated or len(kept) < len(data)
        return kept

    def summary(self) -> dict[str, float | int | bool]:
        return {"cpu_seconds": self.cpu_seconds, "output_bytes": self.output_bytes,
                "truncated": self.output_truncated, "live": self.live,
                "peak_processes": self.peak_processes, "kills": len(self.kills)}
