"""Hooks shipped with the agent."""

from typing import Any


def add_default_timeout(args: dict[str, Any]) -> dict[str, Any]:
    if "timeout" not in args:
        args = {**args, "timeout": 30}
    return args


def strip_strings(args: dict[str, Any]) -> dict[str, Any]:
    return {k: v.strip() if isinstance(v, str) else v for k, v in args.items()}
