"""Merges the partial reports that parallel subagents return for one delegated job."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Task:
    id: str
    order: int
    prompt: str


@dataclass
class Report:
    id: str  # one per attempt; a retried task gets a new report id
    task: Task
    ok: bool
    findings: list[str] = field(default_factory=list)
    tokens: int = 0


@dataclass
class Merged:
    findings: list[str]
    failed_tasks: list[str]
    tokens: int
    attempts: dict[str, int]


def _better(new: Report, kept: Report | None) -> bool:
    """A success beats a failure; otherwise the later attempt wins."""
    if kept is None:
        return True
    return new.ok or not kept.ok


def merge_reports(reports: Iterable[Report]) -> Merged:
    best: dict[str, Report] = {}
    attempts: dict[str, int] = {}
    tokens = 0
    for report in reports:
        tokens += report.tokens
        key = report.id
        attempts[key] = attempts.get(key, 0) + 1
        if _better(report, best.get(key)):
            best[key] = report
    ordered = sorted(best.values(), key=lambda r: r.task.order)
    findings: list[str] = []
    for report in ordered:
        if report.ok:
            findings += [f for f in report.findings if f not in findings]
    failed = [r.task.id for r in ordered if not r.ok]
    return Merged(findings, failed, tokens, attempts)
