"""The contracts between selfpatch's stages. Each is small on purpose: a new backend implements
two or three methods and plugs in by short name, dotted path or entry point."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

from selfpatch.types import Batch, Candidate, Episode, Outcome


@runtime_checkable
class Workspace(Protocol):
    """What a patcher may see and do: read a pristine copy of the base version, and try a change
    in the sandbox (screening) before proposing it. Trying never touches the user's tree."""

    @property
    def root(self) -> Path:
        """A pristine copy of the base version (read it, do not write it)."""
        ...

    @property
    def source_files(self) -> list[str]:
        """Paths (relative to root) a patch may change."""
        ...

    def try_files(
        self, files: dict[str, str], keys: Sequence[str], *, coverage: bool = False
    ) -> list[Outcome]:
        """Run the given episodes / tests (by key) with ``files`` replacing the base sources."""
        ...

    def seconds_left(self) -> float:
        """Time left in this batch's budget."""
        ...


@runtime_checkable
class Patcher(Protocol):
    """A coding agent: turns a batch of failures into candidate changes, best first."""

    name: str

    def propose(self, batch: Batch, workspace: Workspace) -> Iterator[Candidate]: ...


@runtime_checkable
class ConsentGate(Protocol):
    """Says yes or no to promoting one verified candidate, identified by its content hash."""

    def ask(self, proposal_id: str, content_hash: str, summary: str) -> bool: ...


class EpisodeSource(Protocol):
    """Where failures come from: recorded episodes, or failing tests (--from-tests)."""

    def failures(self) -> list[Episode]: ...

    def passing(self) -> list[Episode]: ...
