"""Promotion is one git commit on the current branch, with trailers naming its ledger records."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass

from selfpatch._git import Repo
from selfpatch.errors import UserError
from selfpatch.verify._worktrees import Worktrees


def content_hash(base_version: str, files: Mapping[str, str]) -> str:
    """What consent names: the base version and the exact new text of every changed file."""
    payload = json.dumps({"base": base_version, "files": dict(sorted(files.items()))})
    return hashlib.sha256(payload.encode()).hexdigest()


@dataclass(frozen=True)
class CommitMessage:
    title: str
    body: str
    trailers: dict[str, str]

    def render(self) -> str:
        trailers = "\n".join(f"{k}: {v}" for k, v in self.trailers.items())
        return f"{self.title}\n\n{self.body.strip()}\n\n{trailers}\n"


def commit_candidate(
    repo: Repo, worktrees: Worktrees, base: str, files: Mapping[str, str], message: CommitMessage
) -> str:
    """Commit ``files`` on top of ``base`` and fast-forward the user's branch to it.

    The commit is made in a throwaway copy; the branch moves only if HEAD is still ``base``
    (compare-and-swap), and the fast-forward refuses to clobber local edits.
    """
    with worktrees.checkout(base, files) as copy:
        work = Repo(copy)
        work.git("add", "--", *files)
        work.git("commit", "-q", "--no-verify", "-F", "-", input=message.render())
        sha = work.head()
    if repo.head() != base:
        raise UserError(f"HEAD moved from {base[:12]} while promoting: run 'selfpatch cycle' again")
    repo.git("merge", "--ff-only", "-q", sha)
    return sha
