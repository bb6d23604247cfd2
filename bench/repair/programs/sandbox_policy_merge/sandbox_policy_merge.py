"""Per-user sandbox policies layered over an organisation default.

A user's policy can only narrow what the default allows: both layers must
permit a capability, numeric limits take the lower value, and a writable path
is kept only if it lies under a path the default already makes writable.
"""
from dataclasses import dataclass
from pathlib import PurePosixPath


@dataclass(frozen=True)
class Policy:
    network: bool = False
    subprocess: bool = False
    max_memory_mb: int = 512
    max_seconds: int = 60
    writable: tuple = ()


def _under(path, roots):
    p = PurePosixPath(path)
    return any(p == PurePosixPath(r) or PurePosixPath(r) in p.parents for r in roots)


def effective(default, user=None):
    """Combine the organisation default with an optional user policy."""
    if user is None:
        return default
    return Policy(
        network=default.network and user.network,
        subprocess=default.subprocess or user.subprocess,
        max_memory_mb=min(default.max_memory_mb, user.max_memory_mb),
        max_seconds=min(default.max_seconds, user.max_seconds),
        writable=tuple(p for p in user.writable if _under(p, default.writable)),
    )


def check(policy, action, target=None):
    """Answer whether ``action`` ("network", "spawn", "write") is allowed."""
    if action == "network":
        return policy.network
    if action == "spawn":
        return policy.subprocess
    if action == "write":
        return target is not None and _under(target, policy.writable)
    raise ValueError(f"unknown action: {action}")
