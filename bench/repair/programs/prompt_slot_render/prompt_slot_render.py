"""Render prompt templates with named slots and defaults."""

import re

_SLOT = re.compile(
    r"\{\{|\}\}|\{(?P<name>[A-Za-z_][A-Za-z0-9_.]*)(?:\|(?P<default>[^{}]*))?\}"
)


class MissingSlot(KeyError):
    """A slot has no value and no default."""


def _lookup(values, dotted):
    current = values
    for part in dotted.split("."):
        if not isinstance(current, dict) or part not in current:
            raise MissingSlot(dotted)
        current = current[part]
    return current


def render(template, values, strict=True):
    """Fill {name} and {name|default} slots; {{ and }} stand for literal braces.

    Dotted names reach into nested dicts ({user.name}).  A slot whose value is
    missing or None takes its default.  Without a default, strict rendering
    raises MissingSlot; otherwise the slot is left in the output as written.
    """

    def replace(match):
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        name = match.group("name")
        default = match.group("default")
        try:
            value = _lookup(values, name)
        except MissingSlot:
            value = None
        if value is not None:
            return str(value)
        if default is not None:
            return default
        if strict:
            raise MissingSlot(name)
        return ""

    return _SLOT.sub(replace, template)


def slot_names(template):
    """Slot names used by the template, in order of first use, no duplicates."""
    names = []
    for match in _SLOT.finditer(template):
        name = match.group("name")
        if name not in names:
            names.append(name)
    return names
