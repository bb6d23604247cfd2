"""Role-based scopes with inheritance; each role's closure is cached."""


class RoleRegistry:
    def __init__(self):
        self._grants = {}   # role -> scopes granted directly
        self._parents = {}  # role -> roles it inherits from
        self._cache = {}

    def define(self, role, scopes=(), inherits=()):
        self._grants[role] = set(scopes)
        self._parents[role] = list(inherits)
        self._cache.clear()

    def grant(self, role, scope):
        self._grants.setdefault(role, set()).add(scope)
        self._cache.clear()

    def inherit(self, role, parent):
        self._parents.setdefault(role, []).append(parent)

    def scopes(self, role):
        """All scopes of ``role``, including those inherited transitively."""
        if role in self._cache:
            return self._cache[role]
        result, stack, seen = set(), [role], set()
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            result |= self._grants.get(current, set())
            stack.extend(self._parents.get(current, ()))
        self._cache[role] = frozenset(result)
        return self._cache[role]

    def can(self, role, scope):
        """True if ``role`` holds ``scope``, exactly or through ``ns:*`` / ``*``."""
        held = self.scopes(role)
        if scope in held or "*" in held:
            return True
        namespace = scope.split(":", 1)[0]
        return f"{namespace}:*" in held
