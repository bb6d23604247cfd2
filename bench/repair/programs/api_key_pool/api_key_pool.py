"""A pool of provider API keys: spread requests over them, rest a key that hit a rate limit,
and stop using a key the provider rejected. The caller passes the current time in."""

from dataclasses import dataclass


@dataclass
class _KeyState:
    key: str
    cooldown_until: float = 0.0
    last_used: float = float("-inf")
    strikes: int = 0  # rate limits in a row
    revoked: bool = False


class KeyPool:
    def __init__(self, keys: list[str], base_cooldown: float = 1.0,
                 max_cooldown: float = 60.0) -> None:
        if not keys:
            raise ValueError("need at least one key")
        self._states = [_KeyState(key) for key in keys]
        self._by_key = {state.key: state for state in self._states}
        self.base_cooldown = base_cooldown
        self.max_cooldown = max_cooldown

    def acquire(self, now: float) -> str | None:
        """The usable key idle longest (ties in listed order); None if none is usable now."""
        ready = [s for s in self._states if s.cooldown_until <= now]
        if not ready:
            return None
        chosen = min(ready, key=lambda s: s.last_used)
        chosen.last_used = now
        return chosen.key

    def report_success(self, key: str) -> None:
        self._by_key[key].strikes = 0

    def report_rate_limited(self, key: str, now: float, retry_after: float | None = None) -> None:
        """Rest the key for retry_after seconds if the provider said so, else back off."""
        state = self._by_key[key]
        state.strikes += 1
        if retry_after is None:
            retry_after = min(self.base_cooldown * 2 ** (state.strikes - 1), self.max_cooldown)
        state.cooldown_until = max(state.cooldown_until, now + retry_after)

    def revoke(self, key: str) -> None:
        self._by_key[key].revoked = True

    def usable_keys(self) -> int:
        return sum(not state.revoked for state in self._states)

    def next_ready_at(self, now: float) -> float | None:
        """When acquire() can next return a key (now if one is ready); None if all are revoked."""
        live = [state.cooldown_until for state in self._states if not state.revoked]
        if not live:
            return None
        return max(now, min(live))
