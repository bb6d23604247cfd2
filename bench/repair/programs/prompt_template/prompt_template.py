"""Prompt templates with {{ name }} and {{ name | fallback text }} placeholders."""

import re

PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*(?:\|\s*(.*?)\s*)?\}\}")


class MissingVariable(KeyError):
    pass


class PromptTemplate:
    def __init__(self, text: str, defaults: dict[str, object] | None = None) -> None:
        self.text = text
        self.defaults = dict(defaults or {})

    def variables(self) -> list[str]:
        """Placeholder names in order of first appearance."""
        names: list[str] = []
        for match in PLACEHOLDER.finditer(self.text):
            if match.group(1) not in names:
                names.append(match.group(1))
        return names

    def render(self, **values: object) -> str:
        """Values given here win over the template's defaults, which win over inline fallbacks."""
        merged = {**self.defaults, **values}

        def substitute(match: re.Match[str]) -> str:
            name, fallback = match.group(1), match.group(2)
            if name in merged:
                return merged[name]
            if fallback is not None:
                return fallback
            raise MissingVariable(name)

        return PLACEHOLDER.sub(substitute, self.text)

    def partial(self, **values: object) -> "PromptTemplate":
        """A template with some variables fixed in advance."""
        return PromptTemplate(self.text, {**self.defaults, **values})


def render_messages(messages: list[dict[str, str]], **values: object) -> list[dict[str, str]]:
    return [{"role": m["role"], "content": PromptTemplate(m["content"]).render(**values)}
            for m in messages]
