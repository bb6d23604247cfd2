"""Turns a model's tool call into keyword arguments for the tool, and its result back."""

import json
from dataclasses import dataclass
from typing import Any


class ToolArgumentError(ValueError):
    """The model called a tool with arguments its schema does not accept."""


@dataclass(frozen=True)
class ToolSpec:
    name: str
    parameters: dict[str, Any]  # JSON schema of an object, as sent to the model


def call_arguments(call: dict[str, Any], spec: ToolSpec) -> dict[str, Any]:
    """Keyword arguments for one OpenAI-style tool call, with schema defaults filled in.

    `call` is an entry of `message.tool_calls`:
    {"id": ..., "type": "function", "function": {"name": ..., "arguments": ...}}.
    """
    function = call["function"]
    if function["name"] != spec.name:
        raise ToolArgumentError(f"call is for {function['name']!r}, not {spec.name!r}")
    properties: dict[str, Any] = spec.parameters.get("properties", {})
    arguments = function.get("arguments") or {}
    missing = [name for name in spec.parameters.get("required", []) if name not in arguments]
    if missing:
        raise ToolArgumentError(f"{spec.name}: missing required {', '.join(missing)}")
    unknown = sorted(set(arguments) - set(properties))
    if unknown and spec.parameters.get("additionalProperties") is False:
        raise ToolArgumentError(f"{spec.name}: unexpected {', '.join(unknown)}")
    filled = {name: schema["default"] for name, schema in properties.items() if "default" in schema}
    filled.update(arguments)
    return filled


def tool_result_message(call: dict[str, Any], result: object) -> dict[str, str]:
    """The `tool` role message that answers `call`; non-string results are sent as JSON."""
    content = result if isinstance(result, str) else json.dumps(result, default=str)
    return {"role": "tool", "tool_call_id": call["id"], "content": content}
