"""One evolution cycle: baseline -> curate -> localize -> patch -> policy -> verify -> consent ->
promote, for each batch in turn; later batches build on earlier promotions."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack

from selfpatch.curate import group_failures, hold_out
from selfpatch.curate._baseline import (
    Baseline,
    pytest_targets,
    replayed_baseline,
    tests_baseline,
)
from selfpatch.curate._localize import localize
from selfpatch.ledger import BatchRow, CycleRow, new_id
from selfpatch.patchers import load_patcher
from selfpatch.project import Project
from selfpatch.promote._decide import CycleReport, Decider
from selfpatch.protocols import ConsentGate, Patcher
from selfpatch.types import Batch, Candidate, Episode
from selfpatch.verify._trials import TrialPool
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
        self.screen_timeout_s = min(limit, max(2.0, 10 * longest + 1.0))
        self.pool.limit_time(self.screen_timeout_s)

    def __exit__(self, *exc: object) -> None:
        self._stack.close()


def run_cycle(
    project: Project, *, consent: ConsentGate | None, say: Say, tests_mode: bool = False
) -> CycleReport:
    with project.lock():
        project.worktrees.clean_stale()
        Decider.reconcile(project)
        with PristineBase(project, tests_mode) as base:
            say(f"Replaying recorded {'tests' if tests_mode else 'episodes'} on {base.version[:8]}")
            baseline = _baseline(project, base)
            base.calibrate(baseline)
            report = _start(project, baseline, tests_mode)
            try:
                config = project.config.curate
                groups = group_failures(
                    baseline.failures(),
                    max_batches=config.max_batches,
                    max_per_batch=config.max_failures_per_batch,
                )
                for signature, group in groups:
                    batch = _open_batch(project, report, baseline, signature, group)
                    if batch is not None:
                        _fix(project, report, base, baseline, batch, consent, say)
                _finish(project, report, baseline, "done")
            except BaseException:
                _finish(project, report, baseline, "failed")
                raise
    return report


def _baseline(project: Project, base: PristineBase) -> Baseline:
    if base.tests_mode:
        tests = base.pool.list_tests(pytest_targets(project.config.agent.tests or ""))
        return tests_baseline(project.ledger, base.pool, base.version, tests)
    return replayed_baseline(project.ledger, base.pool, base.version)


def _start(project: Project, baseline: Baseline, tests_mode: bool) -> CycleReport:
    cycle_id = new_id("cy")
    project.ledger.add(
        CycleRow(id=cycle_id, started_at=time.time(), base_version=baseline.version,
                 status="running", mode="tests" if tests_mode else "episodes", summary={})
    )  # fmt: skip
    report = CycleReport(cycle_id, baseline.version, score_before=baseline.mean_score())
    report.unreproducible = list(baseline.unreproducible)
    return report


def _open_batch(
    project: Project, report: CycleReport, baseline: Baseline, signature: str, group: list[Episode]
) -> Batch | None:
    still_failing = [e for e in group if not baseline.current[e.outcome.key].passed]
    if not still_failing:
        return None
    verify = project.config.verify
    shown, held = hold_out(
        still_failing, share=verify.holdout_share, min_failures=verify.holdout_min_failures
    )
    passing = stratified(baseline.passing(), verify.regression_sample)
    batch = Batch(new_id("ba"), signature, shown, held, passing)
    project.ledger.add(
        BatchRow(id=batch.id, cycle_id=report.id, signature=signature,
                 episode_ids=[e.id for e in shown], held_out_ids=[e.id for e in held],
                 unreproducible_ids=[], suspicious=[], status="open", created_at=time.time())
    )  # fmt: skip
    return batch


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


def _fix(
    project: Project,
    report: CycleReport,
    base: PristineBase,
    baseline: Baseline,
    batch: Batch,
    consent: ConsentGate | None,
    say: Say,
) -> None:
    say(f"Batch {batch.id}: {batch.signature} ({len(batch.failures)} shown, "
        f"{len(batch.held_out)} held out)")  # fmt: skip
    workspace = TrialWorkspace(
        base.root, base.source, base.pool, batch.failures + batch.passing,
        budget_s=project.config.patch.budget_s, tests_mode=base.tests_mode,
    )  # fmt: skip
    batch.suspicious = localize(batch, workspace)
    project.ledger.update(BatchRow, batch.id, suspicious=[s.to_json() for s in batch.suspicious])
    decider = Decider(project, report, base, baseline, batch, consent)
    status = "unfixed"
    for name in project.config.patch.patchers:
        limit = project.config.patch.max_candidates
        patcher = load_patcher(name)
        for candidate in _candidates(patcher, batch, workspace, report, say, limit):
            outcome = decider.consider(candidate)
            say(f"  {outcome.proposal_id}: {outcome.status} {outcome.reason}")
            if outcome.status in ("promoted", "awaiting_consent"):
                status = "fixed" if outcome.status == "promoted" else "awaiting_consent"
                break
        if status != "unfixed":
            break
    project.ledger.update(BatchRow, batch.id, status=status)
    report.batches.append({"batch": batch.id, "signature": batch.signature, "status": status,
                           "tried": workspace.trials})  # fmt: skip
    if status == "fixed":
        base.advance()
        _refresh(baseline, base)


def _candidates(
    patcher: Patcher,
    batch: Batch,
    workspace: TrialWorkspace,
    report: CycleReport,
    say: Say,
    limit: int,
) -> Iterator[Candidate]:
    """The patcher's candidates, at most ``limit``; a crashing patcher ends its own turn."""
    try:
        started = time.monotonic()
        for count, candidate in enumerate(patcher.propose(batch, workspace), start=1):
            candidate.seconds = candidate.seconds or time.monotonic() - started
            yield candidate
            started = time.monotonic()
            if count >= limit:
                return
    except Exception as exc:  # a broken patcher must not end the cycle
        say(f"  patcher {patcher.name} failed: {type(exc).__name__}: {exc}")
        report.errors.append(f"{batch.id}: patcher {patcher.name}: {type(exc).__name__}: {exc}")


def _refresh(baseline: Baseline, base: PristineBase) -> None:
    """After a promotion, replay what still fails on the new version."""
    failing = baseline.failures()
    if not failing:
        return
    if base.tests_mode:
        outcomes = base.pool.run_tests([e.outcome.key for e in failing])
    else:
        outcomes = base.pool.replay(failing)
    for outcome in outcomes:
        baseline.current[outcome.key] = outcome
    baseline.version = base.version


def _finish(project: Project, report: CycleReport, baseline: Baseline, status: str) -> None:
    report.final_version = project.repo.head()
    report.score_after = baseline.mean_score()
    project.ledger.update(
        CycleRow, report.id, status=status, ended_at=time.time(),
        final_version=report.final_version, summary=report.to_json(),
    )  # fmt: skip
