"""Verification: a candidate earns its verdict in its own copy, in fresh sandboxed workers.

Gates, cheapest first: the batch's failures pass; the held-out failures pass (overfitting guard);
every episode that passed before still passes (the ratchet); the agent's tests command passes.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from selfpatch.types import Episode, GateResult, Outcome, Verdict
from selfpatch.verify._sandbox import RunResult
from selfpatch.verify._trials import TrialPool, TrialSettings, run_command, run_episodes


@dataclass
class VerifyPlan:
    """What a candidate must satisfy; ``tests_mode`` means the keys are pytest node ids."""

    failures: list[Episode]
    held_out: list[Episode]
    passing: list[Episode]
    tests_command: str | None
    tests_timeout_s: float
    tests_mode: bool = False


@dataclass
class VerifyReport:
    verdict: Verdict
    outcomes: dict[str, list[dict[str, object]]] = field(default_factory=dict)
    tests_output: str = ""
    seconds: float = 0.0

    def to_json(self) -> dict[str, object]:
        return {"outcomes": self.outcomes, "tests_output": self.tests_output}


def verify_copy(
    copy: Path, pristine: Path, plan: VerifyPlan, settings: TrialSettings, source: Sequence[str]
) -> VerifyReport:
    """Run every gate against the candidate's copy (``copy``), judging with ``pristine``."""
    start = time.monotonic()
    report = VerifyReport(Verdict("rejected", [], isolation=settings.isolation.name))
    gates = report.verdict.gates
    try:
        with TrialPool(settings, code_root=copy, evaluator_root=pristine, source=source) as pool:
            for name, episodes in (
                ("batch", plan.failures),
                ("held_out", plan.held_out),
                ("regression", plan.passing),
            ):
                outcomes = run_episodes(pool, episodes, tests_mode=plan.tests_mode)
                report.outcomes[name] = [o.to_json() for o in outcomes]
                gates.append(_gate(name, episodes, outcomes))
                if name == "batch" and not gates[-1].passed:
                    break
    except Exception as exc:  # a broken worker backend is inconclusive, never a pass
        return _inconclusive(report, f"trial workers failed: {type(exc).__name__}: {exc}", start)
    if all(g.passed for g in gates) and plan.tests_command and not plan.tests_mode:
        result = run_command(
            plan.tests_command, root=copy, settings=settings, timeout_s=plan.tests_timeout_s
        )
        report.tests_output = _tail(result)
        gates.append(_tests_gate(result))
    return _decide(report, start)


def _gate(name: str, episodes: list[Episode], outcomes: list[Outcome]) -> GateResult:
    failed = [o for o in outcomes if not o.passed]
    details: dict[str, object] = {
        "total": len(episodes),
        "passed": len(outcomes) - len(failed),
        "failed": [{"key": o.key, "status": o.status, "detail": _why(o)} for o in failed],
    }
    if not failed:
        return GateResult(name, True, "", details)
    first = failed[0]
    reason = (
        f"{len(failed)} of {len(episodes)} {name.replace('_', '-')} episodes fail "
        f"(first: {first.key}: {_why(first)})"
    )
    return GateResult(name, False, reason, details)


def _why(outcome: Outcome) -> str:
    if outcome.status == "ok":
        return outcome.detail or f"score {outcome.score:.2f}"
    message = outcome.detail or f"{outcome.error_type or ''}: {outcome.error_message or ''}"
    return f"{outcome.status}: {message}"[:200]


def _tests_gate(result: RunResult) -> GateResult:
    if result.returncode == 0 and not result.timed_out:
        return GateResult("tests", True)
    why = result.reason or f"exit code {result.returncode}"
    return GateResult("tests", False, f"tests command failed ({why})")


def _tail(result: RunResult, limit: int = 4000) -> str:
    text = (result.stdout + result.stderr).decode("utf-8", "replace")
    return text[-limit:]


def _decide(report: VerifyReport, start: float) -> VerifyReport:
    report.seconds = time.monotonic() - start
    failed = [g for g in report.verdict.gates if not g.passed]
    report.verdict.status = "rejected" if failed else "verified"
    report.verdict.reason = failed[0].reason if failed else "all gates passed"
    return report


def _inconclusive(report: VerifyReport, reason: str, start: float) -> VerifyReport:
    report.seconds = time.monotonic() - start
    report.verdict.status = "inconclusive"
    report.verdict.reason = reason
    report.verdict.gates.append(GateResult("workers", False, reason))
    return report
