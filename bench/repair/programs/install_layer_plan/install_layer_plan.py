"""Plan package installation in layers: a package only needs what earlier layers installed."""


class DependencyCycle(Exception):
    def __init__(self, blocked):
        super().__init__("cannot order packages (dependency cycle): " + ", ".join(blocked))
        self.blocked = blocked


def install_layers(requires, installed=()):
    """`requires` maps a package to the packages it needs.

    Packages in `installed` are already present: they are not planned again and
    count as satisfied. Returns a list of sorted layers.
    """
    installed = set(installed)
    pending = set(requires)
    for needed in requires.values():
        pending.update(needed)
    pending -= installed
    missing = {name: set(requires.get(name, ())) for name in pending}
    users = {name: [] for name in pending}
    for name in pending:
        for dep in missing[name]:
            users[dep].append(name)

    layers = []
    ready = sorted(name for name in pending if not missing[name])
    while ready:
        layers.append(ready)
        unlocked = []
        for dep in ready:
            for user in users[dep]:
                missing[user].discard(dep)
                if not missing[user]:
                    unlocked.append(user)
        ready = sorted(unlocked)

    if sum(len(layer) for layer in layers) != len(pending):
        raise DependencyCycle(sorted(name for name in pending if missing[name]))
    return layers


def install_order(requires, installed=()):
    """One flat order that respects every dependency."""
    return [name for layer in install_layers(requires, installed) for name in layer]
