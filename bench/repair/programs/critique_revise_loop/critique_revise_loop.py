"""Draft, critique, revise: a self-refinement loop with a quality bar and a round budget."""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Critique:
    score: float  # 0.0 (useless) to 1.0 (perfect)
    notes: str


@dataclass
class Outcome:
    best: str
    best_score: float
    rounds: int = 0
    accepted: bool = False
    history: list[tuple[str, float]] = field(default_factory=list)


def refine(
    draft: Callable[[], str],
    critique: Callable[[str], Critique],
    revise: Callable[[str, str], str],
    threshold: float = 0.8,
    max_rounds: int = 3,
) -> Outcome:
    """Write a draft, then revise it until a version scores at least threshold.

    Each revision rewrites the latest version using the critic's notes on that version; at
    most max_rounds revisions are made. A revision can turn out worse than what came
    before, so the best-scoring version is returned (the earliest one among equal scores).
    """
    text = draft()
    review = critique(text)
    outcome = Outcome(best=text, best_score=review.score, history=[(text, review.score)])
    while review.score <= threshold and outcome.rounds < max_rounds:
        text = revise(outcome.best, review.notes)
        review = critique(text)
        outcome.rounds += 1
        outcome.history.append((text, review.score))
        if review.score > outcome.best_score:
            outcome.best, outcome.best_score = text, review.score
    outcome.accepted = outcome.best_score >= threshold
    return outcome
