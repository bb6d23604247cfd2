"""Keeps file tools inside the agent's workspace directory."""

import os


class SandboxViolation(PermissionError):
    pass


def resolve(root: str, requested: str) -> str:
    """Absolute, normalized path for ``requested``; refuses anything outside ``root``."""
    root = os.path.normpath(os.path.abspath(root))
    candidate = os.path.normpath(os.path.join(root, requested))
    if candidate != root and not candidate.startswith(root):
        raise SandboxViolation(f"{requested!r} is outside the workspace")
    return candidate


def is_allowed(root: str, requested: str) -> bool:
    try:
        resolve(root, requested)
    except SandboxViolation:
        return False
    return True
