"""Working memory for an agent: a fixed number of slots for facts. When full, the
least important unpinned fact goes first, the least recently used among equals."""

from dataclasses import dataclass


@dataclass
class Fact:
    text: str
    importance: int
    pinned: bool
    used: int  # logical time of the last write or recall


class WorkingMemory:
    def __init__(self, slots: int) -> None:
        if slots < 1:
            raise ValueError("need at least one slot")
        self.slots = slots
        self._facts: dict[str, Fact] = {}
        self._clock = 0

    def _tick(self) -> int:
        self._clock += 1
        return self._clock

    def remember(self, key: str, text: str, importance: int = 1, pinned: bool = False) -> str | None:
        """Store or overwrite a fact; returns the key evicted to make room, if any."""
        evicted = None
        if key not in self._facts and len(self._facts) > self.slots:
            evicted = self._victim()
            if evicted is None:
                raise MemoryError("every slot holds a pinned fact")
            del self._facts[evicted]
        self._facts[key] = Fact(text, importance, pinned, self._tick())
        return evicted

    def recall(self, key: str) -> str | None:
        fact = self._facts.get(key)
        if fact is None:
            return None
        fact.used = self._tick()
        return fact.text

    def forget(self, key: str) -> bool:
        return self._facts.pop(key, None) is not None

    def _victim(self) -> str | None:
        victim, best = None, None
        for key, fact in self._facts.items():
            if fact.pinned:
                continue
            rank = (fact.importance, fact.used)
            if best is None or rank < best:
                victim, best = key, rank
        return victim

    def keys(self) -> list[str]:
        return list(self._facts)

    def render(self) -> str:
        """Facts for the prompt, most important first (pinned ones on top)."""
        ordered = sorted(self._facts.items(),
                         key=lambda item: (not item[1].pinned, -item[1].importance, item[0]))
        return "\n".join(f"- {key}: {fact.text}" for key, fact in ordered)
