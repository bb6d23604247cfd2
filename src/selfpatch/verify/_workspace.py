"""The Workspace a patcher gets: a pristine copy to read and a sandbox to screen changes in."""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from selfpatch.types import Episode, Outcome
from selfpatch.verify._trials import TrialPool, run_episodes


class TrialWorkspace:
    """Implements ``selfpatch.protocols.Workspace`` over a warm pool of sandboxed workers."""

    def __init__(
        self,
        root: Path,
        source_files: list[str],
        pool: TrialPool,
        episodes: Sequence[Episode],
        *,
        budget_s: float,
        tests_mode: bool = False,
    ) -> None:
        self._root = root
        self._source_files = source_files
        self._pool = pool
        self._episodes = {e.outcome.key: e for e in episodes}
        self._deadline = time.monotonic() + budget_s
        self._tests_mode = tests_mode
        self._lock = threading.Lock()
        self.trials = 0

    @property
    def root(self) -> Path:
        return self._root

    @property
    def source_files(self) -> list[str]:
        return list(self._source_files)

    def seconds_left(self) -> float:
        return max(0.0, self._deadline - time.monotonic())

    def try_files(
        self, files: Mapping[str, str], keys: Sequence[str], *, coverage: bool = False
    ) -> list[Outcome]:
        unknown = [k for k in keys if k not in self._episodes]
        if unknown:
            raise KeyError(f"unknown episode keys: {unknown[:3]}")
        with self._lock:
            self.trials += 1
        return run_episodes(
            self._pool, [self._episodes[k] for k in keys], tests_mode=self._tests_mode,
            overrides=dict(files) or None, coverage=coverage,
        )  # fmt: skip
