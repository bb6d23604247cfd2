"""Hypotheses a debugging agent is weighing. Each piece of evidence multiplies a
hypothesis's odds by a likelihood ratio (supporting) or divides them (refuting); a
hypothesis is confirmed or ruled out once its probability crosses a threshold."""

from dataclasses import dataclass


@dataclass
class Hypothesis:
    claim: str
    odds: float
    status: str = "open"  # "open", "confirmed" or "ruled out"

    @property
    def probability(self) -> float:
        return self.odds / (1 + self.odds)


class HypothesisLedger:
    def __init__(self, confirm_at: float = 0.95, rule_out_at: float = 0.05) -> None:
        self.confirm_at = confirm_at
        self.rule_out_at = rule_out_at
        self._items: dict[str, Hypothesis] = {}

    def propose(self, claim: str, prior: float = 0.5) -> None:
        if not 0 < prior < 1:
            raise ValueError("prior must be strictly between 0 and 1")
        self._items[claim] = Hypothesis(claim, prior / (1 - prior))

    def support(self, claim: str, ratio: float) -> str:
        """Evidence `ratio` times likelier if the claim is true; returns the new status."""
        item = self._items[claim]
        item.odds *= ratio
        return self._settle(item)

    def refute(self, claim: str, ratio: float) -> str:
        """Evidence `ratio` times likelier if the claim is false; returns the new status."""
        item = self._items[claim]
        item.odds *= ratio
        return self._settle(item)

    def _settle(self, item: Hypothesis) -> str:
        if item.status == "open":
            if item.probability >= self.confirm_at:
                item.status = "confirmed"
            elif item.probability <= self.confirm_at:
                item.status = "ruled out"
        return item.status

    def probability(self, claim: str) -> float:
        return self._items[claim].probability

    def leading(self) -> str | None:
        """The open hypothesis with the highest probability (first proposed wins ties)."""
        best = None
        for item in self._items.values():
            if item.status == "open" and (best is None or item.probability > best.probability):
                best = item
        return best.claim if best else None

    def open_claims(self) -> list[str]:
        return [claim for claim, item in self._items.items() if item.status == "open"]
