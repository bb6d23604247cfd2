"""Render notification templates like ``"Hi {{ user.name }}, {{ count }} new alerts"``."""

import re

PLACEHOLDER = re.compile(r"\{\{(.*?)\}\}")


class MissingValue(KeyError):
    """A placeholder named a value the context does not have."""


def lookup(context, dotted):
    """Resolve ``a.b.c`` through nested dicts."""
    value = context
    for part in dotted.split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
        else:
            raise MissingValue(dotted)
    return value


def placeholders(template):
    """Names used by a template, in order of first use."""
    names = []
    for match in PLACEHOLDER.finditer(template):
        name = match.group(1).partition("|")[0].strip()
        if name not in names:
            names.append(name)
    return names


def render(template, context, strict=True):
    """Fill ``{{ name }}`` placeholders; ``{{ name | fallback }}`` gives a default.

    A missing value without a fallback raises MissingValue, or with
    ``strict=False`` leaves the placeholder in the output untouched.
    """

    def substitute(match):
        name, sep, fallback = match.group(1).partition("|")
        name = name.rstrip()
        try:
            value = lookup(context, name)
        except MissingValue:
            if sep:
                return fallback.strip()
            if strict:
                raise
            return match.group(0)
        return str(value)

    return PLACEHOLDER.sub(substitute, template)
