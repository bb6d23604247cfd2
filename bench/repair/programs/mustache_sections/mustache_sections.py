"""A Mustache subset for prompt templates: {{name}}, {{a.b}}, {{#section}}, {{^inverted}}, {{! note}}.

A section renders once if its value is truthy, once per item if it is a list (the
item's keys shadow outer names; {{.}} is the item itself), and not at all if falsy.
An inverted section renders only when the value is falsy or an empty list.
"""

import re
from typing import Any

TAG = re.compile(r"\{\{\s*([#^/!]?)\s*(.*?)\s*\}\}", re.DOTALL)
MISSING = object()


class TemplateSyntaxError(ValueError):
    pass


def _lookup(stack: list[Any], name: str) -> Any:
    if name == ".":
        return stack[-1]
    first, *rest = name.split(".")
    for scope in stack:
        if isinstance(scope, dict) and first in scope:
            value = scope[first]
            break
    else:
        return MISSING
    for key in rest:
        if not isinstance(value, dict) or key not in value:
            return MISSING
        value = value[key]
    return value


def _section_end(template: str, name: str, start: int) -> tuple[int, int]:
    """(start, end) of the {{/name}} closing a section whose body begins at start."""
    depth = 1
    for match in TAG.finditer(template, start):
        sigil, tag_name = match.groups()
        if tag_name == name and sigil in ("#", "^"):
            depth += 1
        elif tag_name == name and sigil == "/":
            depth -= 1
            if depth == 0:
                return match.start(), match.end()
    raise TemplateSyntaxError(f"section {name!r} is never closed")


def _render(template: str, stack: list[Any]) -> str:
    out: list[str] = []
    position = 0
    while match := TAG.search(template, position):
        out.append(template[position:match.start()])
        sigil, name = match.groups()
        position = match.end()
        if sigil == "/":
            raise TemplateSyntaxError(f"unexpected {{{{/{name}}}}}")
        if sigil == "!":
            continue
        value = _lookup(stack, name)
        if not sigil:
            out.append("" if value is MISSING or value is None else str(value))
            continue
        body_end, position = _section_end(template, name, position)
        body = template[match.end():body_end]
        empty = value is MISSING or not value
        if sigil == "^":
            out.append(_render(body, stack) if empty else "")
        elif isinstance(value, list):
            out.extend(_render(body, [*stack, item]) for item in value)
        elif not empty:
            out.append(_render(body, [*stack, value]))
    out.append(template[position:])
    return "".join(out)


def render(template: str, context: dict[str, Any]) -> str:
    return _render(template, [context])
