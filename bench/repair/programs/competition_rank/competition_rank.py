"""Leaderboard standings with standard competition ranking ("1224"): ties share a rank."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Standing:
    rank: int
    name: str
    score: float


def standings(scores: Mapping[str, float]) -> list[Standing]:
    """Highest score first; equal scores share the best rank and are listed by name."""
    ordered = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    table: list[Standing] = []
    previous: float | None = None
    rank = 0
    for position, (name, score) in enumerate(ordered, start=1):
        if score != previous:
            rank = position
        table.append(Standing(rank, name, score))
    return table


def top(scores: Mapping[str, float], places: int) -> list[Standing]:
    """Everyone ranked within the first `places`; all those tied at the cut are included."""
    return [standing for standing in standings(scores) if standing.rank <= places]


def page(scores: Mapping[str, float], number: int, size: int) -> list[Standing]:
    """The 1-based page `number` of the table, `size` rows per page."""
    if number < 1 or size < 1:
        raise ValueError("page number and size start at 1")
    start = (number - 1) * size
    return standings(scores)[start:size]


def rank_of(scores: Mapping[str, float], name: str) -> int:
    for standing in standings(scores):
        if standing.name == name:
            return standing.rank
    raise KeyError(name)
