"""The git CLI, by absolute path, through argument lists, with hooks disabled."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from selfpatch.errors import UserError

_SAFE_PATH = "/usr/local/bin:/usr/bin:/bin"
_AUTHOR = {
    "GIT_AUTHOR_NAME": "selfpatch",
    "GIT_AUTHOR_EMAIL": "selfpatch@localhost",
    "GIT_COMMITTER_NAME": "selfpatch",
    "GIT_COMMITTER_EMAIL": "selfpatch@localhost",
}


class GitError(RuntimeError):
    pass


@cache
def git_binary() -> str:
    """git resolved from system directories only, so a fake git in the working tree never runs."""
    found = shutil.which("git", path=_SAFE_PATH)
    if found is None:
        raise UserError("git is not installed: install it (apt-get install git)")
    return found


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(_AUTHOR)
    env["GIT_TERMINAL_PROMPT"] = "0"
    env["GIT_CONFIG_NOSYSTEM"] = "1"
    return env


@dataclass(frozen=True)
class Repo:
    root: Path

    def git(self, *args: str, check: bool = True, input: str | None = None) -> str:
        argv = [git_binary(), "-c", "core.hooksPath=/dev/null", "-c", "core.fsmonitor=false"]
        proc = subprocess.run(
            [*argv, *args],
            cwd=self.root,
            env=_env(),
            input=input,
            capture_output=True,
            text=True,
            check=False,
        )
        if check and proc.returncode != 0:
            raise GitError(f"git {' '.join(args)}: {proc.stderr.strip() or proc.stdout.strip()}")
        return proc.stdout

    def head(self) -> str:
        return self.git("rev-parse", "HEAD").strip()

    def branch(self) -> str | None:
        name = self.git("symbolic-ref", "-q", "--short", "HEAD", check=False).strip()
        return name or None

    def dirty_paths(self, pathspecs: list[str]) -> list[str]:
        """Tracked or untracked changes under the given paths (relative to the root)."""
        out = self.git("status", "--porcelain", "-z", "--untracked-files=all", "--", *pathspecs)
        return [entry[3:] for entry in out.split("\0") if entry]

    def show_file(self, rev: str, path: str) -> str | None:
        proc_out = self.git("show", f"{rev}:{path}", check=False)
        return proc_out if proc_out or self.file_exists(rev, path) else None

    def file_exists(self, rev: str, path: str) -> bool:
        return bool(self.git("ls-tree", rev, "--", path, check=False).strip())

    def add_worktree(self, path: Path, rev: str) -> Repo:
        self.git("worktree", "add", "--detach", "--force", str(path), rev)
        return Repo(path)

    def remove_worktree(self, path: Path) -> None:
        self.git("worktree", "remove", "--force", str(path), check=False)
        if path.exists():
            shutil.rmtree(path, ignore_errors=True)
        self.git("worktree", "prune", check=False)

    def commits_with_trailer(self, key: str, limit: int = 200) -> dict[str, str]:
        """Map trailer value -> commit sha for recent commits carrying ``key: value``."""
        fmt = f"%H%x00%(trailers:key={key},valueonly,separator=%x01)"
        out = self.git("log", f"-{limit}", f"--format={fmt}", check=False)
        found: dict[str, str] = {}
        for line in out.splitlines():
            sha, _, values = line.partition("\0")
            for value in values.split("\x01"):
                if value.strip():
                    found.setdefault(value.strip(), sha)
        return found


def find_repo(start: Path) -> Repo:
    """The git repository containing ``start``; a user error outside one."""
    proc = subprocess.run(
        [git_binary(), "rev-parse", "--show-toplevel"],
        cwd=start,
        env=_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise UserError(f"{start} is not inside a git repository: run 'git init' and commit first")
    repo = Repo(Path(proc.stdout.strip()))
    if repo.git("rev-parse", "--verify", "-q", "HEAD", check=False).strip() == "":
        raise UserError("the repository has no commits yet: commit your agent first")
    return repo
