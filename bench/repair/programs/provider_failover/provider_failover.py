"""Fallback chain over model providers.

Providers are tried in order. One that fails is benched for `cooldown_s` seconds so later
requests go straight to the next provider instead of waiting on a dead endpoint again.
"""

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field


class ProviderError(Exception):
    """A provider could not answer: rate limit, outage, timeout."""


class AllProvidersFailed(Exception):
    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{name}: {error}" for name, error in errors.items()))
        self.errors = errors


@dataclass
class Provider:
    name: str
    complete: Callable[[str], str]


@dataclass
class FallbackChain:
    providers: list[Provider]
    cooldown_s: float = 60.0
    clock: Callable[[], float] = time.monotonic
    failed_at: dict[str, float] = field(default_factory=dict)
    served: Counter[str] = field(default_factory=Counter)  # replies delivered per provider

    def cooling_down(self, name: str) -> bool:
        failed = self.failed_at.get(name)
        return failed is not None and self.clock() - failed < self.cooldown_s

    def available(self) -> list[str]:
        return [p.name for p in self.providers if not self.cooling_down(p.name)]

    def complete(self, prompt: str) -> str:
        errors: dict[str, str] = {}
        for provider in self.providers:
            self.served[provider.name] += 1
            try:
                reply = provider.complete(prompt)
            except ProviderError as exc:
                self.failed_at[provider.name] = self.clock()
                errors[provider.name] = str(exc) or type(exc).__name__
                continue
            self.failed_at.pop(provider.name, None)
            return reply
        raise AllProvidersFailed(errors)
