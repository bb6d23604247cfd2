"""Slash commands typed into the agent's chat box: /name arg ... --option value --flag."""

import shlex
from dataclasses import dataclass, field

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


@dataclass
class CommandSpec:
    name: str
    aliases: tuple[str, ...] = ()
    options: dict[str, type] = field(default_factory=dict)  # option -> int, float, str or bool


@dataclass
class Command:
    name: str
    args: list[str]
    options: dict[str, object]


class CommandError(ValueError):
    pass


def _convert(kind: type, value: str) -> object:
    if kind is bool:
        if value.lower() in _TRUE:
            return True
        if value.lower() in _FALSE:
            return False
        raise ValueError(value)
    return kind(value)


class SlashCommands:
    def __init__(self, specs: list[CommandSpec]) -> None:
        self._by_name: dict[str, CommandSpec] = {}
        for spec in specs:
            for name in (spec.name, *spec.aliases):
                self._by_name[name] = spec

    def parse(self, text: str) -> Command | None:
        """None for ordinary chat ('//' escapes a leading slash); CommandError if malformed."""
        if not text.startswith("/") or text.startswith("//"):
            return None
        words = shlex.split(text[1:])
        if not words:
            raise CommandError("empty command")
        spec = self._by_name.get(words[0])
        if spec is None:
            raise CommandError(f"unknown command /{words[0]}")
        args: list[str] = []
        options: dict[str, object] = {}
        rest = iter(words[1:])
        for word in rest:
            if not word.startswith("--"):
                args.append(word)
                continue
            key, has_value, value = word[2:].rpartition("=")
            kind = spec.options.get(key)
            if kind is None:
                raise CommandError(f"/{spec.name} has no option --{key}")
            if kind is bool and not has_value:
                options[key] = True
                continue
            if not has_value:
                value = next(rest, None)
                if value is None:
                    raise CommandError(f"--{key} needs a value")
            try:
                options[key] = _convert(kind, value)
            except ValueError:
                raise CommandError(f"--{key}: bad value {value!r}") from None
        return Command(spec.name, args, options)
