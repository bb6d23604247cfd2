"""Smooth weighted round-robin (the nginx upstream algorithm) for picking backends."""

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice


@dataclass
class Backend:
    name: str
    weight: int
    current: int = 0
    healthy: bool = True


def _pick(backends: list[Backend]) -> Backend | None:
    live = [backend for backend in backends if backend.healthy and backend.weight > 0]
    total = sum(backend.weight for backend in live)
    best: Backend | None = None
    for backend in live:
        backend.current += backend.weight
        if best is None or backend.current >= best.current:
            best = backend
    if best is not None:
        best.current -= total
    return best


def rotation(backends: list[Backend]) -> Iterator[str]:
    """Endless stream of backend names; unhealthy backends are skipped while they stay down."""
    while True:
        chosen = _pick(backends)
        if chosen is None:
            return
        yield chosen.name


def schedule(weights: dict[str, int], rounds: int) -> list[str]:
    backends = [Backend(name, weight) for name, weight in weights.items()]
    return list(islice(rotation(backends), rounds))


def shares(order: list[str]) -> dict[str, float]:
    return {name: order.count(name) / len(order) for name in dict.fromkeys(order)}
