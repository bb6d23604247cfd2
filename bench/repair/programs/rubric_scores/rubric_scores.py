"""Fold an LLM judge's rubric grades into one score per agent run and a summary per eval.

A grade is {"criterion": str, "score": number | None, "max_score": number}; the judge
gives score None for a criterion that does not apply, and max_score defaults to 5.
"""

from dataclasses import dataclass
from statistics import fmean
from typing import Any

DEFAULT_MAX_SCORE = 5

Grade = dict[str, Any]


@dataclass(frozen=True)
class Criterion:
    name: str
    weight: float = 1.0
    gate: float | None = None  # the run fails if this criterion scores below it (0..1)


def normalized(grade: Grade) -> float | None:
    """The grade on a 0..1 scale, clamped; None when the judge marked it not applicable."""
    score = grade.get("score")
    if score is None:
        return None
    top = float(grade.get("max", DEFAULT_MAX_SCORE))
    return min(max(float(score) / top, 0.0), 1.0)


def run_score(rubric: list[Criterion], grades: list[Grade]) -> tuple[float | None, bool]:
    """Weighted mean over the criteria that apply (weights renormalized), and whether all gates held.

    Grades for criteria not in the rubric are ignored; a missing grade counts as not applicable.
    """
    values = {str(grade["criterion"]): normalized(grade) for grade in grades}
    weighted = total_weight = 0.0
    passed = True
    for criterion in rubric:
        value = values.get(criterion.name)
        if value is None:
            continue
        weighted += criterion.weight * value
        total_weight += criterion.weight
        if criterion.gate is not None and value < criterion.gate:
            passed = False
    return (weighted / total_weight if total_weight else None), passed


def summarize(rubric: list[Criterion], runs: dict[str, list[Grade]]) -> dict[str, object]:
    """Mean score over scored runs, pass rate over all runs, and the ids of failing runs."""
    scores: list[float] = []
    failing: list[str] = []
    for run_id, grades in runs.items():
        score, passed = run_score(rubric, grades)
        if score is not None:
            scores.append(score)
        if not passed:
            failing.append(run_id)
    return {
        "mean": round(fmean(scores), 4) if scores else None,
        "pass_rate": round(1 - len(failing) / len(runs), 4) if runs else None,
        "failing": sorted(failing),
    }
