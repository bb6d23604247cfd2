"""Deterministic log sampling for agent runs: the decision is made per trace, so a kept trace
keeps all of its lines, and every process sampling the same trace agrees without talking."""

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

LEVELS = {"debug": 10, "info": 20, "warning": 30, "error": 40, "critical": 50}
Record = dict[str, object]


@dataclass(frozen=True)
class SamplingPolicy:
    rate: float = 0.1  # share of traces kept
    always_keep: str = "warning"  # this level and above is never dropped
    logger_rates: dict[str, float] = field(default_factory=dict)

    def rate_for(self, logger: str) -> float:
        """The most specific dotted prefix wins: "agent.tools" covers "agent.tools.search"."""
        best_rate, best_length = self.rate, -1
        for prefix, rate in self.logger_rates.items():
            matches = logger == prefix or logger.startswith(prefix + ".")
            if matches and len(prefix) > best_length:
                best_rate, best_length = rate, len(prefix)
        return best_rate


def trace_fraction(trace_id: str) -> float:
    """A stable number in [0, 1) for the trace."""
    digest = hashlib.sha256(trace_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def keep(record: Record, policy: SamplingPolicy) -> bool:
    """Records logged outside any trace (start-up, shutdown) are rare and always kept."""
    level = LEVELS[str(record.get("level", "info")).lower()]
    if level >= LEVELS[policy.always_keep]:
        return True
    rate = policy.rate_for(str(record.get("logger", "")))
    return trace_fraction(str(record["trace_id"])) < rate


def sample(records: Iterable[Record], policy: SamplingPolicy) -> list[Record]:
    return [record for record in records if keep(record, policy)]
