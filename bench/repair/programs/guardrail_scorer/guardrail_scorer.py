"""Scores model outputs against weighted guardrail signals: allow, warn or block."""

from dataclasses import dataclass, field

ACTIONS = ("allow", "warn", "block")


@dataclass
class Verdict:
    action: str
    score: float
    reasons: list[str] = field(default_factory=list)


class Guardrail:
    def __init__(self, weights: dict[str, float], warn_at: float, block_at: float) -> None:
        if not 0 < warn_at <= block_at:
            raise ValueError("need 0 < warn_at <= block_at")
        self.weights = weights
        self.warn_at = warn_at
        self.block_at = block_at
        self.checked = 0
        self.counts = dict.fromkeys(ACTIONS, 0)
        self.history: list[Verdict] = []

    def score(self, signals: dict[str, float]) -> tuple[float, list[str]]:
        """Weighted sum of the signals (capped at 1) and the signals that contributed."""
        total = 0.0
        reasons = []
        for name, value in signals.items():
            contribution = self.weights.get(name, 0.0) * value
            if contribution > 0:
                total += contribution
                reasons.append(name)
        return min(total, 1.0), sorted(reasons)

    def decide(self, score: float) -> str:
        if score >= self.block_at:
            return "block"
        return "warn" if score >= self.warn_at else "allow"

    def check(self, signals: dict[str, float]) -> Verdict:
        total, reasons = self.score(signals)
        verdict = Verdict(self.decide(total), total, reasons)
        self.checked += 1
        self.counts[verdict.action] += 1
        self.history.append(verdict)
        return verdict

    def check_stream(self, chunks: list[dict[str, float]]) -> Verdict:
        """One verdict for a streamed output: its worst chunk; stops at the first block."""
        worst = Verdict("allow", 0.0)
        for signals in chunks:
            total, reasons = self.score(signals)
            if total > worst.score:
                worst = Verdict(self.decide(worst.score), total, reasons)
            if worst.action == "block":
                break
        self.checked += 1
        self.history.append(worst)
        return worst

    def block_rate(self) -> float:
        return self.counts["block"] / self.checked if self.checked else 0.0
