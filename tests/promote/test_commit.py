"""Promotion is a real git commit with trailers; it never clobbers a moved branch."""

from pathlib import Path

import pytest

from selfpatch._git import Repo
from selfpatch.errors import UserError
from selfpatch.promote import CommitMessage, commit_candidate, content_hash
from selfpatch.verify._worktrees import Worktrees

from ..conftest import MakeRepo, git


def message() -> CommitMessage:
    return CommitMessage(
        "selfpatch: fix", "body", {"Selfpatch-Proposal": "pr-1", "Selfpatch-Batch": "ba-1"}
    )


def test_commit_lands_on_the_branch_with_trailers(make_repo: MakeRepo) -> None:
    root = make_repo({"bot/a.py": "x = 1\n", "notes.txt": "mine\n"})
    (root / "notes.txt").write_text("local edit outside source\n")
    repo = Repo(root)
    base = repo.head()
    sha = commit_candidate(
        repo, Worktrees(repo, root / ".wt"), base, {"bot/a.py": "x = 2\n"}, message()
    )
    assert repo.head() == sha and repo.branch() == "main"
    assert (root / "bot/a.py").read_text() == "x = 2\n"
    assert (root / "notes.txt").read_text() == "local edit outside source\n"
    assert repo.commits_with_trailer("Selfpatch-Proposal") == {"pr-1": sha}
    assert git(root, "rev-list", "--count", "HEAD").strip() == "2"
    assert not list((root / ".wt").iterdir())


def test_commit_refuses_when_head_moved(make_repo: MakeRepo) -> None:
    root = make_repo({"bot/a.py": "x = 1\n"})
    repo = Repo(root)
    base = repo.head()
    (root / "other.txt").write_text("y")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "someone else")
    moved = repo.head()
    with pytest.raises(UserError, match="HEAD moved"):
        commit_candidate(
            repo, Worktrees(repo, root / ".wt"), base, {"bot/a.py": "x = 2\n"}, message()
        )
    assert repo.head() == moved and (root / "bot/a.py").read_text() == "x = 1\n"


def test_git_hooks_never_run(make_repo: MakeRepo, tmp_path: Path) -> None:
    root = make_repo({"bot/a.py": "x = 1\n"})
    marker = tmp_path / "hook-ran"
    hook = root / ".git/hooks/pre-commit"
    hook.write_text(f"#!/bin/sh\ntouch {marker}\n")
    hook.chmod(0o755)
    repo = Repo(root)
    commit_candidate(
        repo, Worktrees(repo, root / ".wt"), repo.head(), {"bot/a.py": "x = 3\n"}, message()
    )
    assert not marker.exists()


def test_content_hash_names_base_and_exact_text() -> None:
    h = content_hash("abc", {"a.py": "x"})
    assert h == content_hash("abc", {"a.py": "x"})
    assert h != content_hash("abd", {"a.py": "x"}) != content_hash("abc", {"a.py": "x "})
