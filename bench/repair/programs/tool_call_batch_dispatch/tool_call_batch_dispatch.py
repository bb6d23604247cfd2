"""Run the tool calls from one assistant message and build the tool-result messages."""

import json


class ToolRegistry:
    def __init__(self):
        self._tools = {}

    def register(self, name, handler, required=()):
        """handler takes one dict of arguments and returns a str or JSON-able value."""
        self._tools[name] = (handler, tuple(required))

    def lookup(self, name):
        return self._tools.get(name)


def parse_arguments(raw):
    if raw is None or raw == "":
        return {}
    args = raw if isinstance(raw, dict) else json.loads(raw)
    if not isinstance(args, dict):
        raise ValueError("arguments must be a JSON object")
    return args


def tool_message(call_id, content, error=False):
    return {"role": "tool", "tool_call_id": call_id, "content": content, "is_error": error}


def run_call(registry, call):
    name = call["function"]["name"]
    entry = registry.lookup(name)
    if entry is None:
        return tool_message(call["id"], f"unknown tool: {name}", error=True)
    handler, required = entry
    raw = call["function"].get("arguments")
    try:
        args = parse_arguments(raw)
    except ValueError as err:
        return tool_message(call["id"], f"invalid arguments: {err}", error=True)
    missing = [key for key in required if key not in args]
    if missing:
        return tool_message(call["id"], "missing arguments: " + ", ".join(missing), error=True)
    try:
        output = handler(raw)
    except Exception as err:  # a failing tool must not sink the whole turn
        return tool_message(call["id"], f"{type(err).__name__}: {err}", error=True)
    if not isinstance(output, str):
        output = json.dumps(output, sort_keys=True)
    return tool_message(call["id"], output)


def dispatch(registry, assistant_message):
    """One tool message per call, in the order the assistant made the calls."""
    calls = assistant_message.get("tool_calls") or []
    return [run_call(registry, call) for call in calls]
