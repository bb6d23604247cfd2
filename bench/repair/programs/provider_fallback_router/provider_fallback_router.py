"""Chooses which model provider to call, falling back down the list after errors."""

from collections.abc import Callable
from dataclasses import dataclass

MAX_SERVER_ERRORS = 3
COOLDOWN_SECONDS = 60.0


@dataclass
class ProviderState:
    name: str
    errors: int = 0
    blocked_until: float = 0.0


def _rate_limited(state: ProviderState, now: float) -> None:
    state.blocked_until = now + COOLDOWN_SECONDS


def _server_error(state: ProviderState, now: float) -> None:
    state.errors += 1
    if state.errors >= MAX_SERVER_ERRORS:
        state.blocked_until = now + COOLDOWN_SECONDS


def _bad_credentials(state: ProviderState, now: float) -> None:
    state.blocked_until = float("inf")


HANDLERS: dict[str, Callable[[ProviderState, float], None]] = {
    "rate_limit": _rate_limited,
    "server_error": _server_error,
    "timeout": _server_error,
    "auth": _bad_credentials,
}


class FallbackRouter:
    def __init__(self, names: list[str]) -> None:
        self.states = {name: ProviderState(name) for name in names}

    def choose(self, now: float) -> str | None:
        """First provider in preference order that is not blocked; None if all are."""
        for state in self.states.values():
            if state.blocked_until <= now:
                return state.name
        return None

    def record_error(self, name: str, kind: str, now: float) -> None:
        handler = HANDLERS.get(kind)
        if handler is None:
            raise ValueError(f"unknown error kind: {kind}")
        handler(self.states[name], now)

    def record_success(self, name: str) -> None:
        self.states[name].errors = 0
