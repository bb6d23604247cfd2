"""Input guardrail: refuses and redacts messages that hit a category blocklist, and
suspends a user once they have collected max_strikes violations."""

import re
from dataclasses import dataclass

REDACTED = "[redacted]"


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    categories: tuple[str, ...]
    text: str  # the message with blocked terms redacted


class ContentGuard:
    def __init__(self, blocklist: dict[str, list[str]], max_strikes: int = 3) -> None:
        self._patterns = {
            category: re.compile(r"\b(?:" + "|".join(map(re.escape, terms)) + r")\b", re.I)
            for category, terms in blocklist.items()
        }
        self.max_strikes = max_strikes
        self._strikes: dict[str, int] = {}

    def check(self, user_id: str, message: str) -> Verdict:
        if self.is_suspended(user_id):
            return Verdict(False, ("suspended",), "")
        hits: list[str] = []
        redacted = message
        for category, pattern in self._patterns.items():
            if pattern.search(message):
                hits.append(category)
                redacted = pattern.sub(REDACTED, message)
        if hits:
            self._strikes[user_id] = self.strikes(user_id) + 1
        return Verdict(not hits, tuple(hits), redacted)

    def strikes(self, user_id: str) -> int:
        return self._strikes.get(user_id, 0)

    def is_suspended(self, user_id: str) -> bool:
        return self.strikes(user_id) > self.max_strikes

    def pardon(self, user_id: str) -> None:
        self._strikes.pop(user_id, None)
