"""Tool manifests written for older schema versions, upgraded step by step to the current one.

v1: {"name", "doc", "args": {arg: type}}                      (every argument required)
v2: {"schema_version": 2, "name", "description", "parameters": JSON schema, "timeout": seconds}
v3: like v2 with "parameters" renamed to "input_schema", "timeout" to "timeout_s", and a
    "read_only" flag (v2 tools are assumed to have side effects).
"""

from collections.abc import Callable, Mapping
from typing import Any

Manifest = dict[str, Any]
CURRENT_VERSION = 3
DEFAULT_TIMEOUT_S = 30.0


def _v1_to_v2(old: Manifest) -> Manifest:
    properties = {name: {"type": kind} for name, kind in old.get("args", {}).items()}
    schema = {"type": "object", "properties": properties, "required": sorted(properties)}
    return {"schema_version": 2, "name": old["name"], "description": old.get("doc", ""),
            "parameters": schema}


def _v2_to_v3(old: Manifest) -> Manifest:
    return {"schema_version": 3, "name": old["name"], "description": old["description"],
            "input_schema": old["parameters"],
            "timeout_s": float(old.get("timeout_s", DEFAULT_TIMEOUT_S)),
            "read_only": False}


UPGRADES: dict[int, Callable[[Manifest], Manifest]] = {1: _v1_to_v2, 2: _v2_to_v3}


def upgrade(manifest: Manifest) -> Manifest:
    version = manifest.get("schema_version", 1)
    if version not in UPGRADES and version != CURRENT_VERSION:
        raise ValueError(f"{manifest.get('name')}: unsupported schema_version {version}")
    while version != CURRENT_VERSION:
        manifest = UPGRADES[version](manifest)
        version = manifest["schema_version"]
    return manifest


def load_registry(manifests: list[Manifest]) -> dict[str, Manifest]:
    """Upgrade every manifest and index it by tool name; duplicate names are an error."""
    registry: dict[str, Manifest] = {}
    for manifest in map(upgrade, manifests):
        if manifest["name"] in registry:
            raise ValueError(f"duplicate tool: {manifest['name']}")
        registry[manifest["name"]] = manifest
    return registry


def check_call(manifest: Manifest, arguments: Mapping[str, object]) -> list[str]:
    """Problems with a call's arguments, judged against the current schema."""
    schema = upgrade(manifest)["input_schema"]
    problems = [f"missing argument: {name}" for name in schema.get("required", [])
                if name not in arguments]
    problems += [f"unknown argument: {name}" for name in arguments
                 if name not in schema.get("properties", {})]
    return problems
