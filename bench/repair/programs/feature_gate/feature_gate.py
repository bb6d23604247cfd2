"""Feature flags for agent capabilities: kill switch, deny/allow lists, plan targeting and a
stable percentage rollout (a user keeps their answer as the percentage grows)."""

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class User:
    id: str
    plan: str = "free"
    staff: bool = False


@dataclass
class Flag:
    key: str
    enabled: bool = True
    rollout_percent: float = 0.0
    plans: frozenset[str] = frozenset()  # empty: every plan
    allow: set[str] = field(default_factory=set)
    deny: set[str] = field(default_factory=set)
    staff_always: bool = True


def bucket(flag_key: str, user_id: str) -> float:
    """Position of a user in [0, 100) for one flag; the same inputs always give the same value."""
    digest = hashlib.sha256(f"{flag_key}:{user_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 * 100


def is_enabled(flag: Flag, user: User) -> bool:
    """The kill switch and the deny list beat everything, then allow list and staff."""
    if not flag.enabled:
        return False
    if user.id in flag.allow or (flag.staff_always and user.staff):
        return True
    if flag.plans and user.plan not in flag.plans:
        return False
    return bucket(flag.key, user.id) < flag.rollout_percent


def enabled_for(flags: Iterable[Flag], user: User) -> list[str]:
    return sorted(flag.key for flag in flags if is_enabled(flag, user))


def exposure(flag: Flag, users: Iterable[User]) -> float:
    """Share of the given users (0.0-1.0) who see the flag."""
    seen = [is_enabled(flag, user) for user in users]
    return sum(seen) / len(seen) if seen else 0.0
