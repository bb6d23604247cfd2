"""Executes a plan of steps with dependencies, a few at a time."""

from collections.abc import Callable


def runnable(steps: dict[str, list[str]], done: set[str], running: set[str]) -> list[str]:
    """Steps not yet done or running whose dependencies are all done, sorted by name."""
    return sorted(
        name
        for name, deps in steps.items()
        if name not in done and all(d in done for d in deps)
    )


def execute(steps: dict[str, list[str]], run: Callable[[str], None], parallel: int = 2) -> list[str]:
    """Simulates waves of at most ``parallel`` concurrent steps; returns the completion order."""
    done: set[str] = set()
    order: list[str] = []
    while len(done) < len(steps):
        wave = runnable(steps, done, set())[:parallel]
        if not wave:
            raise RuntimeError(f"plan is stuck; remaining: {sorted(set(steps) - done)}")
        for name in wave:
            run(name)
            done.add(name)
            order.append(name)
    return order
