"""Permission flags for agent tools.

Each tool declares the permissions it needs as a bitmask; a session holds a
granted mask and may only call a tool whose required bits are all granted.
"""

READ = 1
WRITE = 2
EXECUTE = 4
NETWORK = 8

FLAG_NAMES = {"read": READ, "write": WRITE, "execute": EXECUTE, "network": NETWORK}


def parse_flags(text):
    """'read, write' -> READ | WRITE; an empty string gives no flags."""
    mask = 0
    for part in text.split(","):
        name = part.strip().lower()
        if not name:
            continue
        if name not in FLAG_NAMES:
            raise ValueError("unknown permission %r" % name)
        mask |= FLAG_NAMES[name]
    return mask


def format_flags(mask):
    return ",".join(name for name, bit in FLAG_NAMES.items() if mask & bit)


class SessionPermissions:
    """Granted permissions of one agent session.

    version counts every grant or revoke, so callers (and allowed_tools) can
    tell whether anything they cached is stale.
    """

    def __init__(self, granted=0):
        self.granted = granted
        self.version = 0
        self.history = []
        self._cache_key = None
        self._cache = []

    def grant(self, flags):
        self.granted |= flags
        self.version += 1
        self.history.append(("grant", format_flags(flags)))

    def revoke(self, flags):
        self.granted &= ~flags
        self.history.append(("revoke", format_flags(flags)))

    def check(self, required):
        """(allowed, names of the missing permissions)."""
        missing = required & ~self.granted
        return not missing, format_flags(missing)

    def allowed_tools(self, registry):
        """Names of the tools in registry (name -> required mask) usable now."""
        key = (self.version, id(registry))
        if self._cache_key != key:
            self._cache = sorted(name for name, req in registry.items() if req & ~self.granted == 0)
            self._cache_key = key
        return list(self._cache)
