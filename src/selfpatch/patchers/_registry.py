"""Patchers by short name, dotted path (package.module:Class) or entry point."""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points
from typing import Any

from selfpatch.errors import UserError
from selfpatch.protocols import Patcher

BUILTIN = {"repair": "selfpatch.patchers.repair:RepairPatcher"}
ENTRY_POINT_GROUP = "selfpatch.patchers"


def load_patcher(name: str, **options: Any) -> Patcher:
    """Instantiate the patcher ``name``; a user error when it cannot be found."""
    target = BUILTIN.get(name) or _entry_point(name) or name
    if ":" not in target:
        raise UserError(
            f"unknown patcher {name!r}: use one of {sorted(BUILTIN)}, an installed plug-in, "
            "or 'package.module:Class'"
        )
    module_name, _, attr = target.partition(":")
    try:
        factory = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        raise UserError(f"patcher {name!r} cannot be loaded ({exc}): check the name") from None
    patcher = factory(**options)
    if not isinstance(patcher, Patcher):
        raise UserError(f"patcher {name!r} has no 'name' and 'propose(batch, workspace)'")
    return patcher


def _entry_point(name: str) -> str | None:
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name and ep.name not in BUILTIN:
            return str(ep.value)
    return None
