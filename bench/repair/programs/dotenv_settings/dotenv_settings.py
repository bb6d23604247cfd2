"""Agent settings: built-in defaults, overridden by a .env file, overridden by the environment."""

from collections.abc import Callable, Mapping
from typing import Any

PREFIX = "AGENT_"
DEFAULTS: dict[str, Any] = {
    "model": "small-1",
    "system_prompt": "You are a helpful assistant.",
    "max_turns": 20,
    "temperature": 0.2,
    "stream": True,
    "allowed_tools": ("read_file", "search"),
}


def parse_bool(raw: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ValueError(f"not a boolean: {raw!r}")


def parse_names(raw: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in raw.split(",") if name.strip())


CONVERTERS: dict[type, Callable[[str], Any]] = {
    bool: parse_bool,
    int: int,
    float: float,
    str: str.strip,
    tuple: parse_names,
}


def unquote(value: str) -> str:
    if value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def parse_dotenv(text: str) -> dict[str, str]:
    entries: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.removeprefix("export ").partition("=")
        entries[key.strip()] = unquote(value.strip())
    return entries


def load_settings(environ: Mapping[str, str], dotenv_text: str = "") -> dict[str, Any]:
    sources = {**parse_dotenv(dotenv_text), **environ}
    settings = dict(DEFAULTS)
    for name, default in DEFAULTS.items():
        raw = sources.get(PREFIX + name.upper())
        if raw is not None:
            settings[name] = CONVERTERS[type(default)](raw)
    return settings
