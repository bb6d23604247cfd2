"""Patchers: coding agents that turn a batch of failures into candidate changes."""

from selfpatch.patchers._registry import BUILTIN, load_patcher

__all__ = ["BUILTIN", "load_patcher"]
