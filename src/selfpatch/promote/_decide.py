"""One candidate's way through policy, verification, consent and promotion, recorded as it goes."""

from __future__ import annotations

import difflib
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from selfpatch import policy
from selfpatch.errors import UserError
from selfpatch.ledger import CycleRow, ProposalRow, VerificationRow, new_id
from selfpatch.promote._commit import CommitMessage, commit_candidate, content_hash
from selfpatch.types import Batch, Candidate, Outcome
from selfpatch.verify._verifier import VerifyPlan, VerifyReport, verify_copy

if TYPE_CHECKING:
    from selfpatch.cycle import Cycle
    from selfpatch.project import Project


@dataclass
class CycleReport:
    id: str
    base_version: str
    final_version: str = ""
    score_before: float = 0.0
    score_after: float = 0.0
    promoted: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    awaiting: list[dict[str, Any]] = field(default_factory=list)
    batches: list[dict[str, Any]] = field(default_factory=list)
    unreproducible: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    isolation: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "cycle": self.id,
            "base_version": self.base_version,
            "final_version": self.final_version,
            "score_before": round(self.score_before, 4),
            "score_after": round(self.score_after, 4),
            "promoted": self.promoted,
            "rejected": self.rejected,
            "awaiting_consent": self.awaiting,
            "batches": self.batches,
            "unreproducible": self.unreproducible,
            "errors": self.errors,
            "isolation": self.isolation,
        }


@dataclass
class Considered:
    proposal_id: str
    status: str
    reason: str = ""


def unified_diff(base: Mapping[str, str | None], files: Mapping[str, str]) -> str:
    chunks: list[str] = []
    for path, new in sorted(files.items()):
        old = base.get(path) or ""
        chunks.extend(
            difflib.unified_diff(
                old.splitlines(keepends=True), new.splitlines(keepends=True),
                f"a/{path}", f"b/{path}",
            )
        )  # fmt: skip
    return "".join(chunks)


class Decider:
    def __init__(self, cycle: Cycle, batch: Batch) -> None:
        self.project, self.report, self.base = cycle.project, cycle.report, cycle.base
        self.baseline, self.batch, self.consent = cycle.baseline, batch, cycle.consent

    def consider(self, candidate: Candidate) -> Considered:
        base_text = {p: self._base_text(p) for p in candidate.files}
        files = {p: t for p, t in candidate.files.items() if t != base_text[p]}
        row = self._record(candidate, files, base_text)
        earlier = self._rejected_before(row)
        if earlier:
            return self._reject(row, f"the same change was rejected before ({earlier})")
        gate = policy.check(self.project.config, policy.PolicyInput(files, self._base_text))
        if not gate.passed:
            return self._reject(row, f"policy: {gate.reason}")
        report = self._verify(row, files)
        if not report.verdict.verified:
            return self._reject(row, f"{report.verdict.status}: {report.verdict.reason}",
                                status=report.verdict.status)  # fmt: skip
        return self._decide(row, report)

    # --- steps ----------------------------------------------------------------------------

    def _base_text(self, path: str) -> str | None:
        target = self.base.root / path
        return target.read_text(encoding="utf-8") if target.is_file() else None

    def _record(
        self, candidate: Candidate, files: dict[str, str], base_text: Mapping[str, str | None]
    ) -> ProposalRow:
        row = ProposalRow(
            id=new_id("pr"), batch_id=self.batch.id, cycle_id=self.report.id,
            patcher=candidate.patcher, base_version=self.base.version,
            diff=candidate.diff or unified_diff(base_text, files), files=files,
            content_hash=content_hash(self.base.version, files),
            description=candidate.description, seconds=candidate.seconds,
            notes=candidate.notes, status="checking", reason="", scores={},
            created_at=time.time(),
        )  # fmt: skip
        self.project.ledger.add(row)
        return row

    def _rejected_before(self, row: ProposalRow) -> str:
        for other in self.project.ledger.where(ProposalRow, content_hash=row.content_hash):
            if other.id != row.id and other.status in ("rejected", "declined"):
                return str(other.id)
        return ""

    def _verify(self, row: ProposalRow, files: dict[str, str]) -> VerifyReport:
        config = self.project.config
        plan = VerifyPlan(
            failures=self.batch.failures, held_out=self.batch.held_out,
            passing=self.batch.passing, tests_command=config.agent.tests,
            tests_timeout_s=config.verify.tests_timeout_s, tests_mode=self.base.tests_mode,
        )  # fmt: skip
        with self.project.worktrees.checkout(self.base.version, files) as copy:
            report = verify_copy(
                copy, self.base.root, plan, self.base.settings, config.agent.source
            )
        self.project.ledger.add(
            VerificationRow(
                id=new_id("ve"), proposal_id=row.id, status=report.verdict.status,
                isolation=report.verdict.isolation,
                gates=[_gate_json(g) for g in report.verdict.gates],
                results=report.to_json(), seconds=report.seconds, created_at=time.time(),
            )
        )  # fmt: skip
        return report

    def _reject(self, row: ProposalRow, reason: str, status: str = "rejected") -> Considered:
        self.project.ledger.update(ProposalRow, row.id, status=status, reason=reason)
        self.report.rejected.append(
            {"proposal": row.id, "batch": self.batch.id, "patcher": row.patcher, "reason": reason}
        )
        return Considered(row.id, status, reason)

    def _decide(self, row: ProposalRow, report: VerifyReport) -> Considered:
        scores = self._scores(report)
        self.project.ledger.update(ProposalRow, row.id, status="verified", scores=scores)
        row.scores = scores
        ledger = self.project.ledger
        if self.consent is None:
            ledger.update(ProposalRow, row.id, status="awaiting_consent")
            ledger.decide(row.id, "deferred", "no terminal", row.content_hash)
            self.report.awaiting.append({"proposal": row.id, "content_hash": row.content_hash})
            return Considered(row.id, "awaiting_consent", "run 'selfpatch approve' to promote")
        summary = f"{row.description}\n{row.diff}"
        if not self.consent.ask(row.id, row.content_hash, summary):
            ledger.update(ProposalRow, row.id, status="declined", reason="consent refused")
            ledger.decide(row.id, "declined", getattr(self.consent, "by", "gate"), row.content_hash)
            return self._reject(row, "consent refused", status="declined")
        ledger.decide(row.id, "approved", getattr(self.consent, "by", "gate"), row.content_hash)
        sha = promote(self.project, row)
        self._advance_scores(report)
        self.report.promoted.append(_promoted_json(row, sha, self.batch.id))
        return Considered(row.id, "promoted", sha[:12])

    def _scores(self, report: VerifyReport) -> dict[str, Any]:
        after = dict(self.baseline.current)
        fixed = []
        for outcome in _outcomes(report):
            if outcome.passed and not after[outcome.key].passed:
                fixed.append(outcome.key)
            after[outcome.key] = outcome
        return {
            "before": round(self.baseline.mean_score(), 4),
            "after": round(sum(o.score for o in after.values()) / max(1, len(after)), 4),
            "fixed": fixed,
        }

    def _advance_scores(self, report: VerifyReport) -> None:
        for outcome in _outcomes(report):
            self.baseline.current[outcome.key] = outcome

    @staticmethod
    def reconcile(project: Project) -> None:
        """Finish what a crash left open: cycles that never ended, and a promotion whose commit
        may or may not have landed before the ledger heard of it."""
        ledger = project.ledger
        for cycle in ledger.where(CycleRow, status="running"):
            ledger.update(CycleRow, cycle.id, status="interrupted", ended_at=time.time())
        pending = ledger.where(ProposalRow, status="promoting")
        if not pending:
            return
        committed = project.repo.commits_with_trailer("Selfpatch-Proposal")
        for row in pending:
            _restore_half_applied(project, row)
            sha = committed.get(row.id)
            if sha:
                ledger.update(ProposalRow, row.id, status="promoted", commit=sha)
                ledger.decide(row.id, "promoted", "reconcile", row.content_hash)
            else:
                ledger.update(ProposalRow, row.id, status="awaiting_consent",
                              reason="promotion was interrupted before its commit")  # fmt: skip


def _restore_half_applied(project: Project, row: ProposalRow) -> None:
    """A fast-forward killed midway can leave the candidate's text in the index and working tree
    while HEAD did not move. Put such files back to what HEAD says, but only where they hold the
    base or the candidate text: a person's own edits are never overwritten."""
    repo = project.repo
    for path, new in row.files.items():
        target = project.root / path
        current = target.read_text(encoding="utf-8") if target.is_file() else None
        if current not in (new, repo.show_file(row.base_version, path)):
            continue
        if repo.file_exists("HEAD", path):
            repo.git("checkout", "HEAD", "--", path)
        else:
            repo.git("rm", "-q", "--cached", "--ignore-unmatch", "--", path)
            target.unlink(missing_ok=True)


def promote(project: Project, row: ProposalRow) -> str:
    """Commit an approved proposal; the ledger says 'promoting' first so a crash is reconciled."""
    head = project.repo.head()
    if head != row.base_version:
        raise UserError(
            f"{row.id} was verified on {row.base_version[:12]} but HEAD is {head[:12]}: "
            "run 'selfpatch cycle' again to re-verify it on the current version"
        )
    if content_hash(row.base_version, row.files) != row.content_hash:
        raise UserError(f"{row.id} does not match the content that was verified: not promoted")
    project.require_clean_source()
    project.ledger.update(ProposalRow, row.id, status="promoting")
    scores = row.scores or {}
    message = CommitMessage(
        title=f"selfpatch: {row.description or 'repair'}"[:72],
        body=(
            f"Fixes {len(scores.get('fixed', []))} failing episode(s): "
            f"{', '.join(map(str, scores.get('fixed', [])[:10]))}\n"
            f"Mean score {scores.get('before')} -> {scores.get('after')} (replayed)."
        ),
        trailers={
            "Selfpatch-Proposal": row.id,
            "Selfpatch-Batch": row.batch_id,
            "Selfpatch-Cycle": row.cycle_id,
            "Selfpatch-Patcher": row.patcher,
            "Selfpatch-Score-Before": str(scores.get("before")),
            "Selfpatch-Score-After": str(scores.get("after")),
        },
    )
    sha = commit_candidate(project.repo, project.worktrees, row.base_version, row.files, message)
    project.ledger.update(ProposalRow, row.id, status="promoted", commit=sha)
    project.ledger.decide(row.id, "promoted", "commit", row.content_hash, reason=sha)
    return sha


def _outcomes(report: VerifyReport) -> list[Outcome]:
    return [Outcome.from_json(o) for group in report.outcomes.values() for o in group]


def _gate_json(gate: Any) -> dict[str, Any]:
    return {"name": gate.name, "passed": gate.passed, "reason": gate.reason,
            "details": gate.details}  # fmt: skip


def _promoted_json(row: ProposalRow, sha: str, batch_id: str) -> dict[str, Any]:
    scores = row.scores or {}
    return {
        "proposal": row.id,
        "batch": batch_id,
        "commit": sha,
        "patcher": row.patcher,
        "description": row.description,
        "fixed": scores.get("fixed", []),
        "score_before": scores.get("before"),
        "score_after": scores.get("after"),
    }


def approve_proposal(project: Project, proposal_id: str) -> dict[str, Any]:
    """Consent given later: promote exactly the verified content, on the version it was verified."""
    if not proposal_id.startswith("pr-"):
        raise UserError(f"{proposal_id!r} is not a proposal id: see 'selfpatch log' for pr- ids")
    ledger = project.existing_ledger()
    with project.lock():
        Decider.reconcile(project)
        row = ledger.get(proposal_id)
        if not isinstance(row, ProposalRow):
            raise UserError(f"no proposal {proposal_id!r}: see 'selfpatch log' for proposal ids")
        if row.status != "awaiting_consent":
            raise UserError(f"{proposal_id} is {row.status}, not awaiting consent: nothing to do")
        ledger.decide(row.id, "approved", "approve", row.content_hash)
        sha = promote(project, row)
    return _promoted_json(row, sha, row.batch_id)
