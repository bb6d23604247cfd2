"""Feature flags for the agent runtime: global switches, percentage rollouts, user overrides."""

import hashlib


class FeatureFlags:
    """A per-user override wins over everything; then a fully enabled flag; then its rollout."""

    def __init__(self) -> None:
        self._enabled: set[str] = set()
        self._rollouts: dict[str, int] = {}
        self._overrides: dict[tuple[str, str], bool] = {}

    def enable(self, flag: str) -> None:
        self._enabled.add(flag)
        self._rollouts.pop(flag, None)

    def disable(self, flag: str) -> None:
        self._enabled.discard(flag)

    def roll_out(self, flag: str, percent: int) -> None:
        if not 0 <= percent <= 100:
            raise ValueError(f"percent must be within 0..100, got {percent}")
        self._enabled.discard(flag)
        self._rollouts[flag] = percent

    def override(self, flag: str, user: str, value: bool) -> None:
        self._overrides[(flag, user)] = value

    def clear_override(self, flag: str, user: str) -> None:
        self._overrides.pop((flag, user), None)

    @staticmethod
    def bucket(flag: str, user: str) -> int:
        """A stable number in 0..99 for this user and flag."""
        digest = hashlib.sha256(f"{flag}:{user}".encode()).hexdigest()
        return int(digest[:8], 16) % 100

    def is_enabled(self, flag: str, user: str) -> bool:
        if (flag, user) in self._overrides:
            return self._overrides[(flag, user)]
        if flag in self._enabled:
            return True
        return self.bucket(flag, user) < self._rollouts.get(flag, 0)

    def status(self, flag: str) -> str:
        if flag in self._enabled:
            return "on"
        if flag in self._rollouts:
            return f"{self._rollouts[flag]}%"
        return "off"
