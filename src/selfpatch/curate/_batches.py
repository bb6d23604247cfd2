"""Which failures, which batches: group failures by root cause, deduplicate, hold some out."""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from selfpatch.types import Episode, Outcome


def signature(outcome: Outcome, expected: Any = None, has_expected: bool = False) -> str:
    """The root-cause key of a failure: the same exception at the same place, or the same check."""
    if outcome.status in ("error", "timeout", "crashed"):
        place = _innermost(outcome)
        kind = outcome.error_type or outcome.status
        return f"{kind} at {place}" if place else f"{kind}: {(outcome.error_message or '')[:80]}"
    if outcome.status == "diverged":
        return f"diverged: {outcome.detail[:80]}"
    path = _tools_used(outcome)
    if has_expected:
        return f"wrong output: {_differing_part(outcome.output, expected)}{path}"
    return f"low score{path}"


def _tools_used(outcome: Outcome) -> str:
    """The tools an episode went through: a wrong output on a different path through the agent
    is a different root cause, even when the same output fields are wrong."""
    tools = sorted({c.name for c in outcome.calls if c.operation == "execute_tool"})
    return f" via {', '.join(tools)}" if tools else ""


def _innermost(outcome: Outcome) -> str:
    if not outcome.frames:
        return ""
    frame = outcome.frames[-1]
    return f"{frame.path}:{frame.line} in {frame.function}"


def _differing_part(actual: Any, expected: Any) -> str:
    if isinstance(actual, dict) and isinstance(expected, dict):
        keys = sorted(k for k in set(actual) | set(expected) if actual.get(k) != expected.get(k))
        return "fields " + ", ".join(map(str, keys)) if keys else "value"
    if isinstance(actual, list) and isinstance(expected, list):
        return "length" if len(actual) != len(expected) else "items"
    if type(actual) is not type(expected):
        return f"type {type(actual).__name__} instead of {type(expected).__name__}"
    return "value"


def episode_signature(episode: Episode) -> str:
    return signature(episode.outcome, episode.task.get("expected"), "expected" in episode.task)


def group_failures(
    failures: Sequence[Episode], *, max_batches: int, max_per_batch: int
) -> list[tuple[str, list[Episode]]]:
    """Failures grouped by signature, largest group first, each capped to distinct inputs."""
    groups: dict[str, list[Episode]] = defaultdict(list)
    for episode in failures:
        groups[episode_signature(episode)].append(episode)
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
    return [(sig, _distinct(eps)[:max_per_batch]) for sig, eps in ordered[:max_batches]]


def _distinct(episodes: list[Episode]) -> list[Episode]:
    """Drop near-identical failures (same input): a flood is one piece of evidence."""
    seen: set[str] = set()
    kept: list[Episode] = []
    for episode in episodes:
        key = repr(episode.task.get("input"))
        if key not in seen:
            seen.add(key)
            kept.append(episode)
    return kept


def hold_out(
    failures: list[Episode], *, share: float, min_failures: int
) -> tuple[list[Episode], list[Episode]]:
    """Split a batch into (shown to the patcher, held out), deterministically by episode id."""
    if len(failures) < min_failures or share <= 0:
        return failures, []
    count = min(len(failures) - 1, max(1, math.floor(len(failures) * share)))
    ranked = sorted(failures, key=lambda e: hashlib.sha256(e.id.encode()).hexdigest())
    held = {e.id for e in ranked[:count]}
    return [e for e in failures if e.id not in held], [e for e in failures if e.id in held]
