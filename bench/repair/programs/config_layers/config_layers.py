"""Effective agent settings from layered sources.

Precedence, lowest first: built-in defaults, user file, project file, AGENT_* environment
variables, command-line overrides. Nested tables merge key by key.
"""

import copy
import json
from collections.abc import Mapping
from typing import Any

ENV_PREFIX = "AGENT_"

DEFAULTS: dict[str, Any] = {
    "model": "small",
    "max_turns": 20,
    "tools": {"shell": {"enabled": True, "timeout": 30}, "web": {"enabled": False}},
}


def deep_merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _parse_scalar(raw: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return raw


def env_overrides(environ: Mapping[str, str]) -> dict[str, Any]:
    """AGENT_TOOLS__SHELL__TIMEOUT=60 becomes {"tools": {"shell": {"timeout": 60}}}."""
    result: dict[str, Any] = {}
    for name, raw in sorted(environ.items()):
        if not name.startswith(ENV_PREFIX):
            continue
        path = name[len(ENV_PREFIX):].lower().split("__")
        node = result
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = _parse_scalar(raw)
    return result


def load_settings(
    user: Mapping[str, Any],
    project: Mapping[str, Any],
    environ: Mapping[str, str],
    cli: Mapping[str, Any],
) -> dict[str, Any]:
    settings = copy.deepcopy(DEFAULTS)
    settings = deep_merge(settings, user)
    settings = deep_merge(settings, env_overrides(environ))
    settings = deep_merge(settings, project)
    settings = deep_merge(settings, cli)
    return settings
