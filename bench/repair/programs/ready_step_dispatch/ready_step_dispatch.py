"""Pick the plan steps a scheduler can dispatch next."""


def ready_steps(plan, states, slots=None):
    """Return the names of steps that can start now, highest priority first.

    `plan` is a list of step dicts: {"name": str, "needs": [names],
    "priority": int (default 0), "optional": bool (default False)}.
    `states` maps a name to "pending", "running", "done", "failed" or
    "cancelled"; a step missing from it is pending.

    A pending step is ready when each step it needs is done, or has failed
    but was marked optional. Equal priorities keep plan order. With
    `slots`, at most `slots` steps may run at once, counting the ones
    already running.
    """
    optional = {step["name"]: step.get("optional", False) for step in plan}

    def satisfied(need):
        state = states.get(need, "pending")
        return state == "done" or (state == "failed" or optional.get(need, False))

    ready = [
        step for step in plan
        if states.get(step["name"], "pending") == "pending"
        and all(satisfied(need) for need in step.get("needs", ()))
    ]
    ready.sort(key=lambda step: -step.get("priority", 0))
    names = [step["name"] for step in ready]
    if slots is not None:
        running = sum(1 for state in states.values() if state == "running")
        names = names[:max(0, slots - running)]
    return names
