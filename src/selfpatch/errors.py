"""Errors a user can fix. The CLI prints their one-line message and exits 2; no traceback."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a state the user must change: the message names the problem and the fix."""

    exit_code = 2


class SandboxUnavailable(UserError):
    """No isolation backend can run here; the message says how to enable one."""
