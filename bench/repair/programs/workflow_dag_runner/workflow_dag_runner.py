"""Run a workflow of steps that consume each other's outputs."""

from graphlib import CycleError, TopologicalSorter


class StepError(Exception):
    """Raised by a step to report an expected, explained failure."""


def run_workflow(steps):
    """Run ``steps``, a dict {name: (func, [dependency names])}.

    Each func is called with {dependency: output}. A step whose func raises is
    recorded as failed; every step downstream of it is skipped, naming the
    dependency that blocked it, while unrelated steps still run.

    Returns {name: ("ok", output) | ("failed", message) | ("skipped", blocker)}.
    Unknown dependencies and cycles raise ValueError before any step runs.
    """
    graph = {}
    for name, (_func, deps) in steps.items():
        unknown = [dep for dep in deps if dep not in steps]
        if unknown:
            raise ValueError(f"step {name!r} depends on unknown steps {unknown}")
        graph[name] = list(deps)
    try:
        order = list(TopologicalSorter(graph).static_order())
    except CycleError as exc:
        raise ValueError(f"workflow has a cycle: {exc.args[1]}") from None

    results = {}
    for name in order:
        func, deps = steps[name]
        blocker = next((dep for dep in deps if results[dep][0] != "ok"), None)
        if blocker is not None:
            results[name] = ("skipped", blocker)
            continue
        try:
            output = func({dep: results[dep][1] for dep in deps})
        except StepError as exc:
            results[name] = ("failed", f"{type(exc).__name__}: {exc}")
        else:
            results[name] = ("ok", output)
    return results


def summary(results):
    """Count steps per status, e.g. {"ok": 3, "failed": 1, "skipped": 2}."""
    counts = {}
    for status, _ in results.values():
        counts[status] = counts.get(status, 0) + 1
    return counts
