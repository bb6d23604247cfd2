"""Remembers what a user asked for ("call me Sam", "reply in French") across turns and sessions."""

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class User:
    id: str
    display_name: str


@dataclass(frozen=True)
class Session:
    id: str
    user: User


@dataclass(frozen=True)
class Turn:
    session: Session
    text: str


PATTERNS = {
    "name": re.compile(r"\bcall me (\w+)", re.IGNORECASE),
    "language": re.compile(r"\b(?:answer|reply|respond) in (\w+)", re.IGNORECASE),
    "units": re.compile(r"\buse (metric|imperial)\b", re.IGNORECASE),
}


@dataclass
class PreferenceMemory:
    by_user: dict[str, dict[str, str]] = field(default_factory=dict)

    def observe(self, turn: Turn) -> dict[str, str]:
        """Record preferences stated in this turn; returns the ones found."""
        found = {}
        for key, pattern in PATTERNS.items():
            match = pattern.search(turn.text)
            if match:
                found[key] = match.group(1) if key == "name" else match.group(1).lower()
        if found:
            self.by_user.setdefault(self._owner(turn), {}).update(found)
        return found

    def preferences(self, turn: Turn) -> dict[str, str]:
        return dict(self.by_user.get(self._owner(turn), {}))

    def forget(self, turn: Turn, key: str) -> bool:
        return self.by_user.get(self._owner(turn), {}).pop(key, None) is not None

    def system_note(self, turn: Turn) -> str:
        prefs = self.preferences(turn)
        lines = [f"Address the user as {prefs.get('name', turn.session.user.display_name)}."]
        if "language" in prefs:
            lines.append(f"Reply in {prefs['language'].capitalize()}.")
        if "units" in prefs:
            lines.append(f"Use {prefs['units']} units.")
        return " ".join(lines)

    @staticmethod
    def _owner(turn: Turn) -> str:
        return turn.session.id
