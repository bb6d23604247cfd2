"""Deterministic finite automata: acceptance, reachability and the shortest accepted word."""

from collections import deque
from dataclasses import dataclass, field


@dataclass
class DFA:
    start: str
    accepting: frozenset[str]
    transitions: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def alphabet(self) -> list[str]:
        return sorted({symbol for _, symbol in self.transitions})

    def step(self, state: str, symbol: str) -> str | None:
        return self.transitions.get((state, symbol))

    def accepts(self, word: str) -> bool:
        state: str | None = self.start
        for symbol in word:
            if state is None:
                return False
            state = self.step(state, symbol)
        return state in self.accepting

    def reachable(self) -> set[str]:
        seen = {self.start}
        stack = [self.start]
        while stack:
            state = stack.pop()
            for symbol in self.alphabet:
                target = self.step(state, symbol)
                if target is not None and target not in seen:
                    seen.add(target)
                    stack.append(target)
        return seen

    def shortest_word(self) -> str | None:
        """The shortest accepted word (alphabetically first among equals), None if none."""
        queue: deque[tuple[str, str]] = deque([(self.start, "")])
        seen = {self.start}
        while queue:
            state, word = queue.pop()
            if state in self.accepting:
                return word
            for symbol in self.alphabet:
                target = self.step(state, symbol)
                if target is not None and target not in seen:
                    seen.add(target)
                    queue.append((target, word + symbol))
        return None

    def is_empty(self) -> bool:
        return not (self.reachable() & self.accepting)
