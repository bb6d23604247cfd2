"""Route an incoming request to a sub-agent by keyword rules, balancing ties by load."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SubAgent:
    name: str
    model: str
    max_turns: int = 8


@dataclass(frozen=True)
class Rule:
    name: str
    target: SubAgent
    keywords: frozenset[str]
    min_hits: int = 1


@dataclass(frozen=True)
class Decision:
    agent: str
    model: str
    rule: str | None
    matched: tuple[str, ...] = ()


@dataclass
class Router:
    rules: list[Rule]
    fallback: SubAgent
    load: Counter[str] = field(default_factory=Counter)

    def route(self, text: str) -> Decision:
        words = set(re.findall(r"[a-z0-9]+", text.lower()))
        best: Rule | None = None
        best_hits: tuple[str, ...] = ()
        for rule in self.rules:
            hits = tuple(sorted(rule.keywords & words))
            if len(hits) < rule.min_hits:
                continue
            if best is None or self._better(rule, hits, best, best_hits):
                best, best_hits = rule, hits
        if best is None:
            self.load[self.fallback.name] += 1
            return Decision(self.fallback.name, self.fallback.model, None)
        self.load[best.name] += 1
        return Decision(best.target.name, best.target.model, best.name, best_hits)

    def _better(
        self, rule: Rule, hits: tuple[str, ...], best: Rule, best_hits: tuple[str, ...]
    ) -> bool:
        """More matched keywords wins; on a tie, the less busy sub-agent wins."""
        if len(hits) != len(best_hits):
            return len(hits) > len(best_hits)
        return self.load[rule.target.name] < self.load[best.target.name]

    def busiest(self) -> list[tuple[str, int]]:
        return sorted(self.load.items(), key=lambda item: (-item[1], item[0]))
