"""Effective rate limits for an API user: plan defaults, then org overrides, then user ones."""

from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import datetime


@dataclass(frozen=True)
class Limits:
    requests_per_minute: int
    tokens_per_minute: int
    max_concurrent: int


@dataclass(frozen=True)
class Override:
    values: dict[str, int]
    mode: str = "set"  # "set", "raise_only" or "lower_only"
    enabled: bool = True
    expires_at: datetime | None = None


COMBINE: dict[str, Callable[[int, int], int]] = {
    "set": lambda current, new: new,
    "raise_only": max,
    "lower_only": min,
}
LIMIT_NAMES = frozenset(f.name for f in fields(Limits))


def is_active(override: Override, now: datetime) -> bool:
    return override.enabled or (override.expires_at is None or now < override.expires_at)


def apply_override(limits: Limits, override: Override) -> Limits:
    unknown = set(override.values) - LIMIT_NAMES
    if unknown:
        raise KeyError(f"unknown limit(s): {', '.join(sorted(unknown))}")
    combine = COMBINE[override.mode]
    changes = {
        name: combine(getattr(limits, name), value) for name, value in override.values.items()
    }
    return replace(limits, **changes)


@dataclass
class LimitPolicy:
    defaults: Limits
    org_overrides: dict[str, list[Override]] = field(default_factory=dict)
    user_overrides: dict[str, list[Override]] = field(default_factory=dict)

    def limits_for(self, user: str, org: str | None, now: datetime) -> Limits:
        layers = self.org_overrides.get(org, []) if org else []
        layers = [*layers, *self.user_overrides.get(user, [])]
        limits = self.defaults
        for override in layers:
            if is_active(override, now):
                limits = apply_override(limits, override)
        return limits
