"""Mask secrets in tool-call arguments before the call is logged or put in a transcript."""

import json
import re
from typing import Any

MASK = "[REDACTED]"
SECRET_FIELDS = {"api_key", "apikey", "password", "passwd", "secret", "token", "authorization"}
SECRET_VALUE = re.compile(r"\b(?:sk-[A-Za-z0-9]{16,}|ghp_[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{16})\b")


def is_secret_field(name: str, extra: frozenset[str] = frozenset()) -> bool:
    lowered = name.lower()
    return lowered in SECRET_FIELDS or lowered in extra or lowered.endswith("_token")


def redact_value(value: Any, extra: frozenset[str] = frozenset()) -> Any:
    """A copy of `value` with secret fields masked and key-shaped strings scrubbed."""
    if isinstance(value, dict):
        return {
            key: MASK if is_secret_field(key, extra) else redact_value(item, extra)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact_value(item, extra) for item in value]
    if isinstance(value, str):
        return SECRET_VALUE.sub(MASK, value)
    return value


def redact_tool_call(
    call: dict[str, Any], per_tool: dict[str, list[str]] | None = None
) -> dict[str, Any]:
    """Copy of an OpenAI-style tool call ({"id", "type", "function": {"name", "arguments"}})
    whose JSON-encoded arguments have their secrets masked. `per_tool` names extra secret
    fields for particular tools."""
    function = call["function"]
    extra = frozenset(name.lower() for name in (per_tool or {}).get(function["name"], []))
    arguments = json.loads(function.get("arguments") or "{}")
    redacted = json.dumps(redact_value(arguments, extra))
    return {**call, "function": {**function, "args": redacted}}


def redact_transcript(
    calls: list[dict[str, Any]], per_tool: dict[str, list[str]] | None = None
) -> list[dict[str, Any]]:
    return [redact_tool_call(call, per_tool) for call in calls]
