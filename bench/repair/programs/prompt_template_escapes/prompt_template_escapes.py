"""A tiny ``{{name}}`` template renderer for system prompts.

A backslash before the braces (``\\{{``) produces literal ``{{`` so prompts can
show template syntax to the model. Dotted names look into nested dicts.
"""

import json


class TemplateError(Exception):
    pass


def _lookup(values, name):
    node = values
    for part in name.split("."):
        if not isinstance(node, dict) or part not in node:
            raise TemplateError(f"no value for {name!r}")
        node = node[part]
    return node


def _stringify(value):
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    return json.dumps(value)


def render(template, values):
    """Fill every ``{{ name }}`` in ``template`` from ``values``."""
    out = []
    i = 0
    while i < len(template):
        if template.startswith("\\{{", i):
            out.append("{{")
            i += 2
        elif template.startswith("{{", i):
            end = template.find("}}", i + 2)
            if end == -1:
                raise TemplateError(f"unclosed tag at offset {i}")
            name = template[i + 2 : end].strip()
            if not name:
                raise TemplateError(f"empty tag at offset {i}")
            out.append(_stringify(_lookup(values, name)))
            i = end + 2
        else:
            out.append(template[i])
            i += 1
    return "".join(out)
