"""Throwaway copies of the repository (git worktrees) under ``.selfpatch/worktrees``."""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from selfpatch._git import Repo
from selfpatch.ledger import new_id


class Worktrees:
    def __init__(self, repo: Repo, base_dir: Path) -> None:
        self.repo = repo
        self.base_dir = base_dir

    def clean_stale(self) -> None:
        """Remove copies a crashed run left behind. A run killed inside ``git worktree add``
        leaves the copy locked ("initializing"), which ``prune`` and a single ``--force``
        skip: those are unlocked first."""
        for path in self._registered():
            self.repo.git("worktree", "unlock", str(path), check=False)
        if self.base_dir.exists():
            for path in self.base_dir.iterdir():
                self.repo.remove_worktree(path)
        self.repo.git("worktree", "prune", check=False)

    def _registered(self) -> list[Path]:
        """The copies under ``base_dir`` that git has on its list."""
        listing = self.repo.git("worktree", "list", "--porcelain", check=False)
        base = self.base_dir.resolve()
        paths = [Path(line[len("worktree ") :]) for line in listing.splitlines()
                 if line.startswith("worktree ")]  # fmt: skip
        return [p for p in paths if p.resolve().is_relative_to(base)]

    @contextmanager
    def checkout(self, rev: str, files: Mapping[str, str] | None = None) -> Iterator[Path]:
        """A fresh copy of ``rev`` with ``files`` written over it, removed afterwards."""
        self.base_dir.mkdir(parents=True, exist_ok=True)
        path = self.base_dir / new_id("wt")
        self.repo.add_worktree(path, rev)
        try:
            for rel, text in (files or {}).items():
                target = path / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
            yield path
        finally:
            self.repo.remove_worktree(path)
            if path.exists():
                shutil.rmtree(path, ignore_errors=True)


def source_files(root: Path, sources: list[str]) -> list[str]:
    """The Python files (relative to root) under the configured source paths."""
    found: set[str] = set()
    for entry in sources:
        target = root / entry
        if target.is_file() and target.suffix == ".py":
            found.add(entry)
        elif target.is_dir():
            found.update(
                str(p.relative_to(root))
                for p in target.rglob("*.py")
                if "__pycache__" not in p.parts
            )
    return sorted(found)
