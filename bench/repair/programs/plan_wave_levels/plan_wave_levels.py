"""Group the steps of a task plan into execution waves.

Every step in a wave depends only on steps from earlier waves, so all the
steps of one wave can be dispatched in parallel. Within a wave, steps keep
the order they have in the plan.
"""


class CycleError(ValueError):
    """Raised when the plan's dependencies form a cycle."""


def plan_waves(steps, deps):
    """Return a list of waves, each a list of step names.

    `steps` lists the plan in its written order; `deps` maps a step to the
    steps it needs. A dependency on a step that is not in the plan raises
    KeyError, a cycle raises CycleError.
    """
    order = {name: i for i, name in enumerate(steps)}
    waiting = {name: 0 for name in steps}
    children = {name: [] for name in steps}
    for name in steps:
        for dep in deps.get(name, ()):
            if dep not in order:
                raise KeyError(f"{name} depends on unknown step {dep}")
            waiting[name] += 1
            children[dep].append(name)

    wave = [name for name in steps if waiting[name] == 0]
    waves = []
    placed = 0
    while wave:
        waves.append(wave)
        placed += len(wave)
        released = []
        for name in wave:
            for child in children[name]:
                waiting[child] -= 1
                if waiting[child] == 0:
                    released.append(child)
        wave = sorted(released)
    if placed != len(steps):
        stuck = [name for name in steps if waiting[name] > 0]
        raise CycleError("dependency cycle among: " + ", ".join(stuck))
    return waves


def wave_of(waves):
    """Map each step to the index of its wave."""
    return {name: i for i, wave in enumerate(waves) for name in wave}
