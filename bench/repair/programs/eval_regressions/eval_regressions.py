"""Summarises an agent evaluation run and compares it with a baseline run."""

from dataclasses import dataclass
from statistics import mean


@dataclass(frozen=True)
class CaseResult:
    case_id: str
    score: float  # 0..1 from the grader
    error: str | None = None  # the agent crashed or timed out before an answer


@dataclass(frozen=True)
class RunSummary:
    total: int
    passed: int
    errored: int
    mean_score: float

    @property
    def pass_rate(self) -> float:
        return self.passed / self.total if self.total else 0.0


def summarize(results: list[CaseResult], threshold: float = 0.5) -> RunSummary:
    graded = [r for r in results if r.error is None]
    return RunSummary(
        total=len(results),
        passed=sum(1 for r in graded if r.score >= threshold),
        errored=len(results) - len(graded),
        mean_score=mean(r.score for r in graded) if graded else 0.0,
    )


def regressions(
    baseline: list[CaseResult], current: list[CaseResult], tolerance: float = 0.1
) -> list[str]:
    """Cases that newly error, or whose score dropped by more than `tolerance`.

    Cases absent from the baseline or that already errored there have nothing to compare to.
    """
    before = {r.case_id: r for r in baseline}
    found = []
    for result in current:
        old = before.get(result.case_id)
        if old is None or old.error is not None:
            continue
        if result.error is not None or old.score - result.score < tolerance:
            found.append(result.case_id)
    return sorted(found)
