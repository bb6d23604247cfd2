"""What the trial worker and its children share: the init request's setup, paths, bounded text.

Imported by the worker at start: stdlib ``os`` only, so a cold worker is ready quickly.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any

JSON = Any

LOG_LIMIT = 32 * 1024
TEXT_LIMIT = 20_000


class Setup:
    """What the init request fixes for the worker's whole life.

    ``include``: coverage include patterns (absolute), the agent's source files.
    """

    __slots__ = (
        "code_root",
        "entrypoint",
        "evaluator",
        "evaluator_root",
        "include",
        "live",
        "match",
        "pass_threshold",
    )

    def __init__(
        self,
        code_root: str,
        evaluator_root: str,
        entrypoint: str | None = None,
        evaluator: str | None = None,
        pass_threshold: float = 1.0,
        live: list[str] | None = None,
        match: str = "exact",
        include: list[str] | None = None,
    ) -> None:
        self.code_root = code_root
        self.evaluator_root = evaluator_root
        self.entrypoint = entrypoint
        self.evaluator = evaluator
        self.pass_threshold = pass_threshold
        self.live: list[str] = [] if live is None else live
        self.match = match
        self.include: list[str] = [] if include is None else include

    @classmethod
    def from_init(cls, init: Mapping[str, JSON]) -> Setup:
        return cls(**{k: v for k, v in init.items() if k != "op"})

    @property
    def roots(self) -> tuple[str, ...]:
        return (self.code_root, self.evaluator_root)


def bounded_text(data: bytes | str, limit: int = TEXT_LIMIT) -> str:
    """Bounded text with lone surrogates escaped, so it always encodes."""
    text = data.decode("utf-8", "backslashreplace") if isinstance(data, bytes) else data
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    if len(text) <= limit:
        return text
    return "[... truncated ...]\n" + text[-limit:]


def code_paths(root: str) -> list[str]:
    """The root, and its ``src`` folder for a src layout."""
    src = os.path.join(root, "src")
    return [root, src] if os.path.isdir(src) else [root]


def under(path: str, roots: Sequence[str]) -> bool:
    return any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots)
