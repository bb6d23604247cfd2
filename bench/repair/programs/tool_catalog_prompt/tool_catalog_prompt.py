"""Describe the available tools in the system prompt, for models without native tool use.

Tools come in the Anthropic Messages format:
{"name": ..., "description": ..., "input_schema": {"type": "object", "properties": {...},
 "required": [...]}}
"""

from typing import Any

Tool = dict[str, Any]


def _type_of(spec: dict[str, Any]) -> str:
    kind = spec.get("type", "any")
    if kind == "array":
        return f"array of {_type_of(spec.get('items', {}))}"
    return "/".join(kind) if isinstance(kind, list) else kind


def _parameter_line(name: str, spec: dict[str, Any], required: bool) -> str:
    notes = [_type_of(spec)]
    if required:
        notes.append("required")
    if "enum" in spec:
        notes.append("one of: " + ", ".join(str(value) for value in spec["enum"]))
    if "default" in spec:
        notes.append(f"default: {spec['default']!r}")
    line = f"- {name} ({'; '.join(notes)})"
    description = spec.get("description", "").strip()
    return f"{line}: {description}" if description else line


def describe_tool(tool: Tool) -> str:
    """A markdown section: heading, description, then parameters, required ones first."""
    lines = [f"### {tool['name']}"]
    if tool.get("description"):
        lines.append(tool["description"].strip())
    schema = tool.get("parameters", {})
    properties: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    if not properties:
        lines.append("Takes no parameters.")
        return "\n".join(lines)
    lines.append("Parameters:")
    ordered = sorted(properties, key=lambda name: name not in required)
    lines.extend(_parameter_line(name, properties[name], name in required) for name in ordered)
    return "\n".join(lines)


def tool_catalog(tools: list[Tool]) -> str:
    """The tools section of the system prompt, tools in the order given."""
    if not tools:
        return ""
    intro = (
        "## Tools\n"
        "To call a tool, reply with one JSON object: "
        '{"tool": <name>, "input": {<parameters>}}.'
    )
    return "\n\n".join([intro, *(describe_tool(tool) for tool in tools)]) + "\n"
