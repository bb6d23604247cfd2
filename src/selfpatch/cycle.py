"""One evolution cycle: baseline -> curate -> localize -> patch -> policy -> verify -> consent ->
promote, for each batch in turn; later batches build on earlier promotions."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass, field

from selfpatch.curate import group_failures, hold_out
from selfpatch.curate._baseline import (
    Baseline,
    pytest_targets,
    replayed_baseline,
    tests_baseline,
)
from selfpatch.curate._localize import localize
from selfpatch.errors import UserError
from selfpatch.ledger import BatchRow, CycleRow, new_id
from selfpatch.patchers import load_patcher
from selfpatch.project import Project
from selfpatch.promote._decide import CycleReport, Decider
from selfpatch.protocols import ConsentGate, Patcher
from selfpatch.types import Batch, Candidate, Episode
from selfpatch.verify._trials import TrialPool, run_command, run_episodes
from selfpatch.verify._workspace import TrialWorkspace

Say = Callable[[str], None]


class PristineBase(AbstractContextManager["PristineBase"]):
    """A pristine copy of HEAD and a warm worker pool on it; moves forward after a promotion."""

    def __init__(self, project: Project, tests_mode: bool) -> None:
        self.project, self.tests_mode = project, tests_mode
        self.settings = project.trial_settings()
        self._stack = ExitStack()
        self.version = ""
        self.screen_timeout_s: float | None = None
        self.advance()

    def advance(self) -> None:
        self._stack.close()
        self.version = self.project.repo.head()
        self.root = self._stack.enter_context(self.project.worktrees.checkout(self.version))
        self.source = self.project.source_files(self.root)
        self.pool = self._stack.enter_context(
            TrialPool(self.settings, code_root=self.root, evaluator_root=self.root,
                      source=self.project.config.agent.source, writable=False)
        )  # fmt: skip
        self.pool.limit_time(self.screen_timeout_s)

    def calibrate(self, baseline: Baseline) -> None:
        """Screening time limit from the baseline: a hang is cut short, a slow pass is not.
        Verification keeps the configured limit."""
        finished = [o for o in baseline.current.values() if o.status != "timeout"]
        longest = max((o.duration_s for o in finished), default=0.0)
        limit = self.settings.timeout_s
        self.screen_timeout_s = min(limit, 10 * longest + 0.5)
        self.pool.limit_time(self.screen_timeout_s)

    def __exit__(self, *exc: object) -> None:
        self._stack.close()


def run_cycle(
    project: Project, *, consent: ConsentGate | None, say: Say, tests_mode: bool = False
) -> CycleReport:
    with project.lock():
        project.worktrees.clean_stale()
        Decider.reconcile(project)
        project.require_clean_source()
        with PristineBase(project, tests_mode) as base:
            if not tests_mode:
                _require_passing_tests(project, base)
            say(f"Replaying recorded {'tests' if tests_mode else 'episodes'} on {base.version[:8]}")
            return Cycle(project, base, _baseline(project, base), consent, say).run()


OTHER_FAILURES = 8
"""Failures of other batches a patcher may also try its candidates on (cross-batch evidence)."""


@dataclass
class Cycle:
    """What one cycle carries from batch to batch."""

    project: Project
    base: PristineBase
    baseline: Baseline
    consent: ConsentGate | None
    say: Say
    report: CycleReport = field(init=False)

    def __post_init__(self) -> None:
        self.base.calibrate(self.baseline)
        self.report = CycleReport(
            new_id("cy"), self.base.version, score_before=self.baseline.mean_score(),
            unreproducible=list(self.baseline.unreproducible),
            isolation=self.base.settings.isolation.name,
        )  # fmt: skip
        self.project.ledger.add(
            CycleRow(id=self.report.id, started_at=time.time(), base_version=self.base.version,
                     status="running", mode="tests" if self.base.tests_mode else "episodes",
                     summary={})
        )  # fmt: skip

    def run(self) -> CycleReport:
        curate = self.project.config.curate
        try:
            groups = group_failures(
                self.baseline.failures(),
                max_batches=curate.max_batches,
                max_per_batch=curate.max_failures_per_batch,
            )
            retry = self._fix_all(groups)
            if retry:
                self._fix_all(retry)
            self._finish("done")
        except BaseException:
            self._finish("failed")
            raise
        return self.report

    def _fix_all(self, groups: list[tuple[str, list[Episode]]]) -> list[tuple[str, list[Episode]]]:
        """Fix each group in turn; return the unfixed ones that a later promotion changed the
        code under (one edit may now be enough where two were needed before)."""
        unfixed: list[tuple[str, list[Episode], int]] = []
        for signature, group in groups:
            batch = self._open_batch(signature, group)
            if batch is not None and self._fix(batch) == "unfixed":
                unfixed.append((signature, group, len(self.report.promoted)))
        return [(s, g) for s, g, seen in unfixed if len(self.report.promoted) > seen]

    def _open_batch(self, signature: str, group: list[Episode]) -> Batch | None:
        """A batch of what in ``group`` still fails now, some held out; None if nothing does."""
        still_failing = [e for e in group if not self.baseline.current[e.outcome.key].passed]
        if not still_failing:
            return None
        verify = self.project.config.verify
        shown, held = hold_out(
            still_failing, share=verify.holdout_share, min_failures=verify.holdout_min_failures
        )
        passing = stratified(self.baseline.passing(), verify.regression_sample)
        batch = Batch(new_id("ba"), signature, shown, held, passing, others=self._others(group))
        self.project.ledger.add(
            BatchRow(id=batch.id, cycle_id=self.report.id, signature=signature,
                     episode_ids=[e.id for e in shown], held_out_ids=[e.id for e in held],
                     unreproducible_ids=[], suspicious=[], status="open",
                     created_at=time.time())
        )  # fmt: skip
        return batch

    def _others(self, group: list[Episode]) -> list[Episode]:
        """Up to OTHER_FAILURES still-failing episodes outside ``group``, one per key."""
        mine = {e.outcome.key for e in group}
        found: dict[str, Episode] = {}
        for episode in self.baseline.failures():
            key = episode.outcome.key
            current = self.baseline.current[key]
            if key not in mine and not current.passed and current.status != "timeout":
                found.setdefault(key, episode)
        return list(found.values())[:OTHER_FAILURES]

    def _fix(self, batch: Batch) -> str:
        self.say(f"Batch {batch.id}: {batch.signature} ({len(batch.failures)} shown, "
                 f"{len(batch.held_out)} held out)")  # fmt: skip
        project, base = self.project, self.base
        workspace = TrialWorkspace(
            base.root, base.source, base.pool, batch.failures + batch.passing + batch.others,
            budget_s=project.config.patch.budget_s, tests_mode=base.tests_mode,
        )  # fmt: skip
        batch.suspicious = localize(batch, workspace)
        ranking = [s.to_json() for s in batch.suspicious]
        project.ledger.update(BatchRow, batch.id, suspicious=ranking)
        status = self._try_patchers(batch, workspace)
        project.ledger.update(BatchRow, batch.id, status=status)
        self.report.batches.append({"batch": batch.id, "signature": batch.signature,
                                    "status": status, "tried": workspace.trials})  # fmt: skip
        if status == "fixed":
            base.advance()
            self._refresh()
        return status

    def _try_patchers(self, batch: Batch, workspace: TrialWorkspace) -> str:
        decider = Decider(self, batch)
        limit = self.project.config.patch.max_candidates
        for name in self.project.config.patch.patchers:
            patcher = load_patcher(name)
            for candidate in _candidates(patcher, batch, workspace, self, limit):
                outcome = decider.consider(candidate)
                self.say(f"  {outcome.proposal_id}: {outcome.status} {outcome.reason}")
                if outcome.status == "promoted":
                    return "fixed"
                if outcome.status == "awaiting_consent":
                    return "awaiting_consent"
        return "unfixed"

    def _refresh(self) -> None:
        """After a promotion, replay what still fails on the new version."""
        failing = self.baseline.failures()
        for outcome in run_episodes(self.base.pool, failing, tests_mode=self.base.tests_mode):
            self.baseline.current[outcome.key] = outcome
        self.baseline.version = self.base.version

    def _finish(self, status: str) -> None:
        report = self.report
        report.final_version = self.project.repo.head()
        report.score_after = self.baseline.mean_score()
        self.project.ledger.update(
            CycleRow, report.id, status=status, ended_at=time.time(),
            final_version=report.final_version, summary=report.to_json(),
        )  # fmt: skip


def _require_passing_tests(project: Project, base: PristineBase) -> None:
    """The tests gate needs a green base: otherwise every candidate would fail it."""
    command = project.config.agent.tests
    if not command:
        return
    result = run_command(
        command, root=base.root, settings=base.settings,
        timeout_s=project.config.verify.tests_timeout_s,
    )  # fmt: skip
    if result.returncode != 0:
        why = result.reason or f"exit code {result.returncode}"
        raise UserError(
            f"the tests command fails on {base.version[:12]} ({why}) before any patch: fix the "
            "tests, or use 'cycle --from-tests' to repair them"
        )


def _baseline(project: Project, base: PristineBase) -> Baseline:
    if base.tests_mode:
        tests = base.pool.list_tests(pytest_targets(project.config.agent.tests or ""))
        return tests_baseline(project.ledger, base.pool, base.version, tests)
    return replayed_baseline(project.ledger, base.pool, base.version)


def stratified(episodes: list[Episode], size: int) -> list[Episode]:
    """Up to ``size`` episodes (0: all), round-robin over strata of the same call sequence, so
    every path through the agent keeps a witness in the regression set."""
    if not size or len(episodes) <= size:
        return episodes
    strata: dict[tuple[str, ...], list[Episode]] = {}
    for episode in episodes:
        strata.setdefault(tuple(c.name for c in episode.outcome.calls), []).append(episode)
    picked: list[Episode] = []
    while len(picked) < size:
        for group in strata.values():
            if group and len(picked) < size:
                picked.append(group.pop(0))
    return picked


def _candidates(
    patcher: Patcher, batch: Batch, workspace: TrialWorkspace, cycle: Cycle, limit: int
) -> Iterator[Candidate]:
    """The patcher's candidates, at most ``limit``; a crashing patcher ends its own turn."""
    try:
        started = time.monotonic()
        for count, candidate in enumerate(patcher.propose(batch, workspace), start=1):
            candidate.seconds = candidate.seconds or time.monotonic() - started
            yield candidate
            if count >= limit:
                return
            started = time.monotonic()
    except Exception as exc:  # a broken patcher must not end the cycle
        cycle.say(f"  patcher {patcher.name} failed: {type(exc).__name__}: {exc}")
        cycle.report.errors.append(
            f"{batch.id}: patcher {patcher.name}: {type(exc).__name__}: {exc}"
        )
