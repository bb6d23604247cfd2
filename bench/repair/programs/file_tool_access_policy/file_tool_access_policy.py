"""Allow-list / deny-list policy for the agent's file tools.

Paths are normalised against the workspace before any rule is applied, so
"../" tricks cannot step outside an allowed root.  Deny rules always win over
allow rules: a secrets folder inside the workspace stays off limits.
"""

import fnmatch
import posixpath


def _under(path, root):
    return path == root or path.startswith(root.rstrip("/") + "/")


class FileAccessPolicy:
    def __init__(self, workspace, allow_roots, deny_roots=(), deny_names=()):
        self.workspace = posixpath.normpath(workspace)
        self.allow_roots = [self._resolve(r) for r in allow_roots]
        self.deny_roots = [self._resolve(r) for r in deny_roots]
        self.deny_names = list(deny_names)

    def _resolve(self, path):
        return posixpath.normpath(posixpath.join(self.workspace, path))

    def is_allowed(self, path):
        resolved = self._resolve(path)
        name = posixpath.basename(resolved)
        for pattern in self.deny_names:
            if fnmatch.fnmatchcase(name, pattern):
                return False
        for root in self.allow_roots:
            if _under(resolved, root):
                return True
        for root in self.deny_roots:
            if _under(resolved, root):
                return False
        return False

    def check(self, path):
        """Return the resolved path, or raise PermissionError."""
        if not self.is_allowed(path):
            raise PermissionError(f"file tool may not touch {path!r}")
        return self._resolve(path)
