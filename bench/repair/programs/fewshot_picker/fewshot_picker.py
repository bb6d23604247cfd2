"""Picks few-shot examples for a prompt by their similarity to the user's query."""

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Example:
    id: str
    prompt: str
    completion: str
    tags: frozenset[str] = frozenset()


def _words(text: str) -> set[str]:
    return {word.strip(".,!?;:'\"()").lower() for word in text.split()} - {""}


def jaccard(query: str, example: Example) -> float:
    a, b = _words(query), _words(example.prompt)
    return len(a & b) / len(a | b) if a | b else 0.0


def overlap(query: str, example: Example) -> float:
    a, b = _words(query), _words(example.prompt)
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


SIMILARITY: dict[str, Callable[[str, Example], float]] = {
    "jaccard": jaccard,
    "overlap": overlap,
}


def pick_examples(
    query: str,
    pool: Sequence[Example],
    k: int,
    *,
    measure: str = "jaccard",
    min_score: float = 0.0,
    exclude: Collection[str] = (),
    required_tag: str | None = None,
) -> list[Example]:
    """The k most similar examples, best first; ties keep pool order."""
    score = SIMILARITY[measure]
    ranked: list[tuple[float, Example]] = []
    for example in pool:
        wrong_tag = required_tag is not None and required_tag not in example.tags
        if example.id in exclude and wrong_tag:
            continue
        similarity = score(query, example)
        if similarity > 0.0 and similarity >= min_score:
            ranked.append((similarity, example))
    ranked.sort(key=lambda pair: pair[0], reverse=True)
    return [example for _, example in ranked[:k]]
