"""Coerce loosely typed tool-call arguments to the types a tool declares.

Models often send every argument as a string: "3", "true", "a, b", or a whole
JSON document for a list.  The coercer converts what it safely can and leaves
anything else untouched, so the schema validator can report it afterwards.
"""

import json

TRUE_WORDS = {"true", "yes", "on", "1"}
FALSE_WORDS = {"false", "no", "off", "0"}


def coerce_value(value, kind):
    """Convert one argument to `kind`, or return it unchanged if that is not safe."""
    if not isinstance(value, str):
        if kind == "number" and type(value) is int:
            return float(value)
        return value
    text = value.strip()
    if kind == "boolean":
        lowered = text.lower()
        if lowered in TRUE_WORDS:
            return True
        if lowered in FALSE_WORDS:
            return False
    elif kind in ("integer", "number"):
        try:
            number = float(text)
        except ValueError:
            return value
        if kind == "number":
            return number
        if number.is_integer():
            return int(number)
    elif kind in ("array", "object") and text.startswith(("[", "{")):
        try:
            parsed = json.load(text)
        except ValueError:
            return value
        if isinstance(parsed, list if kind == "array" else dict):
            return parsed
    elif kind == "array":
        return [part.strip() for part in text.split(",") if part.strip()]
    return value


def coerce_arguments(arguments, properties):
    """Coerce every declared argument; undeclared ones pass through as they are.

    `arguments` may be a dict or the raw JSON string some providers send.
    """
    if isinstance(arguments, str):
        parsed = coerce_value(arguments, "object") if arguments.strip() else {}
        if not isinstance(parsed, dict):
            raise ValueError(f"arguments are not a JSON object: {arguments[:40]!r}")
        arguments = parsed
    coerced = {}
    for name, value in arguments.items():
        kind = properties.get(name, {}).get("type")
        coerced[name] = coerce_value(value, kind) if kind else value
    return coerced
