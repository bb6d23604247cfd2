"""Throwaway copies of the repository: a crashed run's leftovers are cleaned, locked ones too."""

from __future__ import annotations

import subprocess
from pathlib import Path

from selfpatch._git import Repo
from selfpatch.verify._worktrees import Worktrees

from ..conftest import MakeRepo


def _listed(root: Path) -> int:
    out = subprocess.run(["git", "worktree", "list"], cwd=root, capture_output=True, text=True)
    return len(out.stdout.splitlines())


def test_a_copy_left_locked_by_a_killed_worktree_add_is_cleaned(make_repo: MakeRepo) -> None:
    root = make_repo({"agent.py": "X = 1\n"})
    repo = Repo(root)
    worktrees = Worktrees(repo, root / ".selfpatch" / "worktrees")
    kept = worktrees.base_dir / "wt-kept"
    repo.add_worktree(kept, "HEAD")
    # what `git worktree add` leaves when killed while it initializes: a lock and no checkout
    repo.git("worktree", "lock", "--reason", "initializing", str(kept))
    subprocess.run(["rm", "-rf", str(kept)], check=True)
    repo.git("worktree", "prune")
    assert _listed(root) == 2, "git keeps a locked copy through prune"
    worktrees.clean_stale()
    assert _listed(root) == 1


def test_copies_of_another_folder_are_left_alone(make_repo: MakeRepo, tmp_path: Path) -> None:
    root = make_repo({"agent.py": "X = 1\n"})
    repo = Repo(root)
    elsewhere = tmp_path / "mine"
    repo.add_worktree(elsewhere, "HEAD")
    Worktrees(repo, root / ".selfpatch" / "worktrees").clean_stale()
    assert _listed(root) == 2 and elsewhere.is_dir()
