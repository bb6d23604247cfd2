"""Majority vote over several model answers to the same question (self-consistency).

Answers are plain strings or structured values (parsed JSON); equivalent answers are
counted together, each sample weighted by the weight its sampler was given.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Sample:
    agent: str
    answer: Any
    weight: float = 1.0


@dataclass
class Verdict:
    answer: Any  # the winning answer as the first agent to give it wrote it
    support: float  # the winner's share of the total weight
    agents: list[str]  # every agent that gave an equivalent answer, in sample order
    decided: bool


def answer_key(answer: Any) -> str:
    """Canonical form of an answer: its JSON form, after strings are trimmed, case-folded
    and lose a trailing full stop."""
    if isinstance(answer, str):
        answer = answer.strip().rstrip(".").casefold()
    return json.dumps(answer, separators=(",", ":"))


def vote(samples: Sequence[Sample], quorum: float = 0.5) -> Verdict:
    """The answer with the most weight wins; ties go to the answer given first.

    The verdict is decided when the winner's share of the weight is above the quorum.
    """
    if not samples:
        raise ValueError("no samples to vote on")
    weights: dict[str, float] = {}
    first: dict[str, Sample] = {}
    backers: dict[str, list[str]] = {}
    for sample in samples:
        key = answer_key(sample.answer)
        weights[key] = weights.get(key, 0.0) + sample.weight
        first.setdefault(key, sample)
        backers.setdefault(key, []).append(sample.agent)
    winner = max(weights, key=weights.__getitem__)  # the first of equal maxima
    total = sum(weights.values())
    share = weights[winner] / total if total > 0 else 0.0
    return Verdict(first[winner].answer, share, backers[winner], share > quorum)
