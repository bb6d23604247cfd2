"""Turn the arguments of a model's tool call into a dict."""

import ast
import json


class ToolArgumentError(ValueError):
    """The arguments could not be read as an object."""


def parse_arguments(raw):
    """Return the arguments of a tool call as a new dict.

    Models send arguments as a dict, as a JSON string, as a JSON string that
    was encoded twice, or sometimes as a Python-style literal (single quotes,
    True/None).  None or an empty string means no arguments.
    """
    if isinstance(raw, dict):
        return dict(raw)
    if raw is None:
        return {}
    if not isinstance(raw, str):
        raise ToolArgumentError(f"unsupported argument payload: {type(raw).__name__}")
    text = raw.strip()
    if not text:
        return {}
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        try:
            value = ast.literal_eval(text)
        except ValueError as exc:
            raise ToolArgumentError(f"cannot parse arguments: {text[:40]!r}") from exc
    if isinstance(value, str):
        return parse_arguments(value)
    if not isinstance(value, dict):
        raise ToolArgumentError(f"arguments must be an object, got {type(value).__name__}")
    return value


def call_arguments(call):
    """Arguments of an OpenAI-style call record {"function": {"arguments": ...}}."""
    function = call.get("function") or {}
    return parse_arguments(function.get("arguments"))
