"""Validate tool-call arguments against a small JSON-schema-like spec.

Supported spec keys: "type" (object, array, string, integer, number, boolean),
"properties", "required", "items", "enum", "minItems", "additionalProperties".
Every problem is reported as a (path, message) pair.  Paths use dots for
object keys and brackets for array indexes, e.g. "edits[2].old_text"; the
root value itself has the empty path "".
"""

TYPE_CHECKS = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
}


def _child(path, key):
    return f"{path}.{key}" if path else key


def validate(value, spec, path=""):
    """Return a list of (path, message) errors; an empty list means valid."""
    expected = spec.get("type")
    if expected and not TYPE_CHECKS[expected](value):
        return [(path, f"expected {expected}, got {type(value).__name__}")]
    if "enum" in spec and value not in spec["enum"]:
        choices = ", ".join(repr(choice) for choice in spec["enum"])
        return [(path, f"must be one of {choices}")]
    errors = []
    if expected == "object":
        properties = spec.get("properties", {})
        for name in spec.get("required", []):
            if name not in value:
                errors.append((_child(path, name), "is required"))
        for name, item in value.items():
            if name in properties:
                errors.extend(validate(item, properties[name], _child(path, name)))
            elif spec.get("additionalProperties", True) is False:
                errors.append((_child(path, name), "is not allowed"))
    elif expected == "array":
        if len(value) < spec.get("minItems", 0):
            errors.append((path, f"needs at least {spec['minItems']} items"))
        for index, item in enumerate(value):
            errors.extend(validate(item, spec.get("items", {}), f"[{index}]"))
    return errors


def check_call(arguments, spec):
    """Raise ValueError with a readable summary if the arguments are invalid."""
    errors = validate(arguments, spec)
    if errors:
        lines = [f"{path or '<root>'}: {message}" for path, message in errors]
        raise ValueError("invalid arguments:\n" + "\n".join(lines))
    return arguments
