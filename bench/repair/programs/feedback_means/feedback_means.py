"""Per-episode averages of user feedback collected through several UI widgets."""

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

Event = Mapping[str, object]


def _thumb(value: str) -> float:
    return 1.0 if value in ("up", "yes", "+1") else 0.0


def _stars(value: str) -> float:
    stars = int(value)
    if not 1 <= stars <= 5:
        raise ValueError(f"stars out of range: {stars}")
    return (stars - 1) / 4


def _percent(value: str) -> float:
    return min(max(float(value.rstrip("%")) / 100, 0.0), 1.0)


NORMALIZERS: dict[str, Callable[[str], float]] = {
    "thumb": _thumb,
    "stars": _stars,
    "percent": _percent,
}


def episode_means(events: Iterable[Event]) -> dict[str, float]:
    """Mean normalized score (0..1) per episode, rounded to 4 places.

    Events look like {"episode": "ep-1", "rater": "u7", "kind": "stars", "value": "4"}.
    A rater's later event on the same episode replaces the earlier one; events from
    unknown widgets are ignored.
    """
    latest: dict[tuple[str, str], float] = {}
    for event in events:
        normalize = NORMALIZERS.get(str(event["kind"]))
        if normalize is None:
            continue
        value = str(event["value"]).strip()
        latest[(str(event["episode"]), str(event["rater"]))] = normalize(value)
    scores: dict[str, list[float]] = defaultdict(list)
    for (episode, _rater), score in latest.items():
        scores[episode].append(score)
    return {episode: round(sum(s) / len(s), 4) for episode, s in sorted(scores.items())}


def worst_episodes(means: Mapping[str, float], count: int) -> list[str]:
    """The `count` lowest-scoring episodes, ties broken by episode id."""
    return sorted(means, key=lambda episode: (means[episode], episode))[:count]
