"""The built-in offline repair engine: no network, no model (the default patcher)."""

from selfpatch.patchers.repair._engine import RepairPatcher

__all__ = ["RepairPatcher"]
