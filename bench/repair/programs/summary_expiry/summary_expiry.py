"""Cache of rolling conversation summaries that expire when idle or when the chat moves on."""

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class _Entry:
    summary: str
    covers: int  # how many messages of the conversation the summary covers
    expires_at: float


class SummaryCache:
    """A summary lives `idle_ttl` seconds after it was written or last read.

    It is also dropped once more than `max_uncovered` messages arrived after it was written,
    because it no longer describes the conversation well enough to stand in for it.
    """

    def __init__(self, idle_ttl: float, max_uncovered: int = 20,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.idle_ttl = idle_ttl
        self.max_uncovered = max_uncovered
        self._clock = clock
        self._entries: dict[str, _Entry] = {}

    def put(self, conversation_id: str, summary: str, covers: int) -> None:
        self._entries[conversation_id] = _Entry(summary, covers, self._clock() + self.idle_ttl)

    def get(self, conversation_id: str, message_count: int) -> str | None:
        entry = self._entries.get(conversation_id)
        if entry is None:
            return None
        now = self._clock()
        if now >= entry.expires_at or message_count - entry.covers > self.max_uncovered:
            del self._entries[conversation_id]
            return None
        return entry.summary

    def sweep(self) -> list[str]:
        """Drop every idle-expired summary; returns the conversations dropped."""
        now = self._clock()
        expired = [cid for cid, entry in self._entries.items() if now >= entry.expires_at]
        for cid in expired:
            del self._entries[cid]
        return expired

    def __contains__(self, conversation_id: object) -> bool:
        return conversation_id in self._entries

    def __len__(self) -> int:
        return len(self._entries)
