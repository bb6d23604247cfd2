"""A user's agent repository as selfpatch sees it: git, config, ledger, trial settings."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from selfpatch._git import Repo, find_repo
from selfpatch.config import Config, load_config
from selfpatch.errors import UserError
from selfpatch.ledger import Ledger, ledger_dir
from selfpatch.verify._sandbox import Isolation, Limits, NoIsolation, choose
from selfpatch.verify._trials import TrialSettings
from selfpatch.verify._worktrees import Worktrees, source_files


@dataclass
class Project:
    repo: Repo
    config: Config
    allow_unsafe: bool = False
    _ledger: Ledger | None = field(default=None, repr=False)

    @classmethod
    def open(cls, cwd: Path, *, allow_unsafe: bool = False) -> Project:
        """Find the repository and validate its config; writes nothing."""
        repo = find_repo(cwd)
        return cls(repo, load_config(repo.root), allow_unsafe)

    @property
    def root(self) -> Path:
        return self.repo.root

    @property
    def ledger(self) -> Ledger:
        if self._ledger is None:
            self._ledger = Ledger.at(self.root)
        return self._ledger

    def existing_ledger(self) -> Ledger:
        """The ledger for reading; a user error (and nothing created) when there is none yet."""
        if self._ledger is None and not (self.root / ".selfpatch" / "ledger.db").exists():
            raise UserError("no ledger here yet: run 'selfpatch run TASKS.jsonl' first")
        return self.ledger

    def close(self) -> None:
        if self._ledger is not None:
            self._ledger.close()

    @cached_property
    def worktrees(self) -> Worktrees:
        return Worktrees(self.repo, ledger_dir(self.root) / "worktrees")

    def source_files(self, root: Path | None = None) -> list[str]:
        return source_files(root or self.root, self.config.agent.source)

    def python(self) -> str:
        return self.config.agent.python or sys.executable

    def trial_settings(self, *, live_run: bool = False) -> TrialSettings:
        """Settings for trials; a live run of the user's own checkout is not sandboxed."""
        isolation: Isolation = (
            NoIsolation()
            if live_run
            else choose(self.config.verify.isolation, allow_unsafe=self.allow_unsafe)
        )
        isolation.preflight()
        verify = self.config.verify
        timeout = self.config.agent.timeout_s if live_run else verify.trial_timeout_s
        return TrialSettings(
            python=self.python(),
            entrypoint=self.config.agent.entrypoint,
            evaluator=self.config.agent.evaluator,
            pass_threshold=self.config.agent.pass_threshold,
            live=tuple(verify.live),
            match=verify.match,
            timeout_s=timeout,
            workers=self.config.verify.workers,
            isolation=isolation,
            # a live run is the user's own agent doing its job (its model needs its API key);
            # trials of candidate code get only the sandbox's allowlist
            env=dict(os.environ) if live_run else {},
            limits=Limits(
                wall_s=max(timeout * 4, 60.0),
                memory_mb=verify.memory_mb,
                processes=verify.processes,
            ),
        )

    def require_clean_source(self) -> None:
        dirty = self.repo.dirty_paths(self.config.agent.source)
        if dirty:
            shown = ", ".join(dirty[:3]) + (" ..." if len(dirty) > 3 else "")
            raise UserError(
                f"uncommitted changes in source paths ({shown}): commit or stash them first"
            )

    def require_entrypoint(self) -> str:
        if not self.config.agent.entrypoint:
            raise UserError(
                "selfpatch.toml has no agent.entrypoint: add one, or use 'cycle --from-tests'"
            )
        return self.config.agent.entrypoint

    @contextmanager
    def lock(self) -> Iterator[None]:
        """One cycle at a time per repository."""
        path = ledger_dir(self.root) / "cycle.lock"
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise UserError(
                    "another selfpatch cycle is running in this repository: wait for it to end"
                ) from None
            yield
        finally:
            os.close(fd)

    def check_importable(self, ref: str, what: str) -> None:
        """A user error when ``module:attr`` does not import in the agent's interpreter."""
        module, _, attr = ref.partition(":")
        code = (
            "import importlib,sys\n"
            f"m=importlib.import_module({module!r})\n"
            f"sys.exit(0 if callable(getattr(m,{attr!r},None)) else 3)\n"
        )
        env = {**os.environ, "PYTHONPATH": str(self.root), "PYTHONDONTWRITEBYTECODE": "1"}
        proc = subprocess.run(
            [self.python(), "-c", code],
            cwd=self.root,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if proc.returncode == 3:
            raise UserError(f"{what} {ref!r}: {module} has no callable {attr!r}: fix the name")
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or ["unknown error"])[-1]
            raise UserError(f"{what} {ref!r} does not import ({last}): fix it in selfpatch.toml")

    def prepare_cycle(self, *, from_tests: bool, budget_s: float | None) -> None:
        """Every check a cycle needs before it writes anything; user errors name the fix."""
        if budget_s is not None:
            if budget_s <= 0:
                raise UserError("--budget must be a positive number of seconds")
            patch = self.config.patch.model_copy(update={"budget_s": budget_s})
            self.config = self.config.model_copy(update={"patch": patch})
        if from_tests:
            if not self.config.agent.tests:
                raise UserError("--from-tests needs agent.tests in selfpatch.toml (e.g. pytest)")
        else:
            entrypoint = self.require_entrypoint()
            self.check_importable(entrypoint, "agent.entrypoint")
            if self.config.agent.evaluator:
                self.check_importable(self.config.agent.evaluator, "agent.evaluator")
            if not (self.root / ".selfpatch" / "ledger.db").exists():
                raise UserError("no recorded episodes: run 'selfpatch run TASKS.jsonl' first")
        self.trial_settings()
