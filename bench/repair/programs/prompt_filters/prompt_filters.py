"""Renders prompt templates with {{ name }} and {{ name | filter }} placeholders."""

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*(?:\|\s*(\w+)\s*)?\}\}")


def _bullets(value: object) -> str:
    items = value if isinstance(value, (list, tuple)) else [value]
    return "\n".join(f"- {item}" for item in items)


FILTERS: dict[str, Callable[[object], str]] = {
    "upper": lambda value: str(value).upper(),
    "trim": lambda value: str(value).strip(),
    "json": lambda value: json.dumps(value),
    "bullets": _bullets,
}


class MissingVariable(KeyError):
    pass


@dataclass
class PromptTemplate:
    text: str
    defaults: dict[str, object] = field(default_factory=dict)

    def variables(self) -> set[str]:
        return {match.group(1) for match in PLACEHOLDER.finditer(self.text)}

    def render(self, values: Mapping[str, object] | None = None, **extra: object) -> str:
        scope = {**self.defaults, **(values or {}), **extra}
        missing = sorted(self.variables() - scope.keys())
        if missing:
            raise MissingVariable(", ".join(missing))

        def substitute(match: re.Match[str]) -> str:
            name, filter_name = match.group(1), match.group(2)
            value = scope[name]
            if filter_name is None:
                return str(value)
            if filter_name not in FILTERS:
                raise ValueError(f"unknown filter {filter_name!r} in {{{{ {name} }}}}")
            return FILTERS[filter_name](name)

        return PLACEHOLDER.sub(substitute, self.text)
