"""Slack of every step in a timed task plan (critical-path method).

The earliest start of a step is the time all the steps it needs have
finished; the latest start is the last moment it can begin without
delaying the whole plan. Steps with zero slack are on the critical path.
"""


def plan_slack(durations, deps):
    """Return (table, length).

    `durations` maps each step to its estimated duration and lists the steps
    in an executable order (every step after the steps it needs). `deps`
    maps a step to the steps it needs. `table` maps each step to a dict with
    "earliest", "latest" and "slack"; `length` is the time the whole plan
    takes.
    """
    order = list(durations)
    earliest = {}
    for step in order:
        earliest[step] = max(
            (earliest[dep] + durations[step] for dep in deps.get(step, ())),
            default=0,
        )
    length = max((earliest[s] + durations[s] for s in order), default=0)

    dependents = {step: [] for step in order}
    for step in order:
        for dep in deps.get(step, ()):
            dependents[dep].append(step)

    latest = {}
    for step in reversed(order):
        finish_by = min((latest[child] for child in dependents[step]), default=length)
        latest[step] = finish_by - durations[step]

    table = {
        step: {
            "earliest": earliest[step],
            "latest": latest[step],
            "slack": latest[step] - earliest[step],
        }
        for step in order
    }
    return table, length


def critical_steps(table):
    """Steps with no slack, in plan order."""
    return [step for step, row in table.items() if row["slack"] == 0]
