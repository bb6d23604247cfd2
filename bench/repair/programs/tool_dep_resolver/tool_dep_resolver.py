"""Registry of agent tools that declare which other tools must be loaded first."""


class DependencyError(Exception):
    pass


class ToolRegistry:
    def __init__(self):
        self._requires = {}       # tool -> tuple of tools it needs
        self._dependents = {}     # tool -> set of tools that need it
        self._order_cache = {}    # targets -> computed load order

    def register(self, name, requires=()):
        if name in self._requires:
            raise DependencyError(f"tool {name!r} is already registered")
        missing = [dep for dep in requires if dep not in self._requires]
        if missing:
            raise DependencyError(f"tool {name!r} needs unregistered tools {missing}")
        self._requires[name] = tuple(requires)
        self._dependents[name] = set()
        for dep in requires:
            self._dependents[dep].add(name)
        self._order_cache.clear()

    def unregister(self, name):
        if name not in self._requires:
            raise KeyError(name)
        if self._dependents[name]:
            users = ", ".join(sorted(self._dependents[name]))
            raise DependencyError(f"tool {name!r} is still needed by {users}")
        for dep in self._requires.pop(name):
            self._dependents[dep].discard(name)
        del self._dependents[name]

    def tools(self):
        return sorted(self._requires)

    def load_order(self, *targets):
        """Tools to load for ``targets``; every tool comes after the tools it requires."""
        if targets not in self._order_cache:
            order, done = [], set()

            def visit(name):
                if name in done:
                    return
                done.add(name)
                for dep in self._requires[name]:
                    visit(dep)
                order.append(name)

            for name in targets:
                visit(name)
            self._order_cache[targets] = order
        return list(self._order_cache[targets])
